package care.clearconsent.staff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain HTML table for staff pages: a caption, headed columns, optionally a heading cell per row, inside a region
 * that scrolls sideways on a narrow screen and can be reached and scrolled by keyboard.
 */
final class DataTable {

    private DataTable() {
    }

    /** {@code headers} are already translated; with {@code rowHeads}, each row's first cell heads its row. */
    static Div of(String id, String caption, List<String> headers, List<List<String>> rows, boolean rowHeads) {
        Element table = new Element("table");
        table.setAttribute("id", id);
        table.setAttribute("class", "cc-table");
        table.appendChild(new Element("caption").setText(caption));
        Element head = new Element("tr");
        headers.forEach(header -> head.appendChild(new Element("th").setAttribute("scope", "col").setText(header)));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (List<String> row : rows) {
            Element tr = new Element("tr");
            List<String> cells = new ArrayList<>(row);
            if (rowHeads && !cells.isEmpty()) {
                tr.appendChild(new Element("th").setAttribute("scope", "row").setText(cells.removeFirst()));
            }
            cells.forEach(cell -> tr.appendChild(new Element("td").setText(cell)));
            body.appendChild(tr);
        }
        table.appendChild(body);
        Div scroller = new Div();
        scroller.addClassName("cc-table-scroll");
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", caption);
        scroller.getElement().appendChild(table);
        return scroller;
    }
}
