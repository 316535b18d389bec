package care.clearconsent.staff.ui;

import care.clearconsent.evidence.Alarms;
import care.clearconsent.shared.InstitutionProperties;
import care.clearconsent.shared.PageLanguage;
import care.clearconsent.staff.SecurityEvent;
import care.clearconsent.staff.SecurityLog;
import care.clearconsent.staff.StaffRole;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The newest entries of the staff security log: sign-ins, failures, lock-outs, sign-outs, accounts and role changes. */
@Route("staff/security")
@RolesAllowed({StaffRole.ADMIN, StaffRole.COMPLIANCE})
class SecurityLogView extends Main implements HasDynamicTitle {

    static final int SHOWN = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    SecurityLogView(SecurityLog log, InstitutionProperties institution, AuthenticationContext authentication, Alarms alarms) {
        addClassName("cc-page");
        addClassName("cc-staff");
        PageLanguage.apply(UI.getCurrent(), PageLanguage.forBrowser(UI.getCurrent()));
        add(new StaffHeader(getTranslation("staff.security.title"), "staff/security", authentication, alarms));
        Element table = new Element("table");
        table.setAttribute("id", "security-log");
        table.setAttribute("class", "cc-table");
        table.appendChild(new Element("caption").setText(getTranslation("staff.security.caption", SHOWN, institution.zone().getId())));
        Element head = new Element("tr");
        for (String column : List.of("time", "what", "account", "by", "address", "roles")) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(getTranslation("staff.security.column." + column)));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (SecurityEvent event : log.recent(SHOWN)) {
            Element row = new Element("tr");
            row.setAttribute("class", "cc-security-" + event.kind().name());
            for (String cell : List.of(TIME.format(event.at().atZone(institution.zone())), getTranslation("staff.security.kind." + event.kind().name()),
                    event.username(), event.by(), event.address(),
                    String.join(", ", event.roles().stream().map(role -> getTranslation("staff.role." + role)).toList()))) {
                row.appendChild(new Element("td").setText(cell));
            }
            body.appendChild(row);
        }
        table.appendChild(body);
        com.vaadin.flow.component.html.Div scroller = new com.vaadin.flow.component.html.Div();
        scroller.addClassName("cc-table-scroll");
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", getTranslation("staff.security.title"));
        scroller.getElement().appendChild(table);
        add(scroller);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.security.title");
    }
}
