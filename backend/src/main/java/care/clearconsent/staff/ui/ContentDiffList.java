package care.clearconsent.staff.ui;

import care.clearconsent.content.ContentDiff;
import care.clearconsent.content.ContentPackage;
import care.clearconsent.content.Language;
import care.clearconsent.content.ReadingLevel;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.function.BiFunction;

/** The changed lines between two explanation texts, per section, language and reading level, as staff read them. */
final class ContentDiffList {

    private ContentDiffList() {
    }

    static Div of(ContentDiff changes, ContentPackage from, ContentPackage to, Language language, BiFunction<String, Object[], String> text) {
        Div list = new Div();
        if (changes.entries().isEmpty()) {
            Paragraph none = new Paragraph(text.apply("staff.versions.diff.none", new Object[0]));
            none.setId("diff-none");
            list.add(none);
        }
        for (ContentDiff.Entry entry : changes.entries()) {
            String title = to.section(entry.section()).or(() -> from.section(entry.section()))
                    .map(s -> s.text(language, ReadingLevel.STANDARD).title()).orElse(entry.section());
            H3 heading = new H3(text.apply("staff.versions.diff.entry", new Object[] {title, entry.language().tag(), entry.level().key()}));
            UnorderedList lines = new UnorderedList();
            entry.removed().forEach(line -> lines.add(line(text.apply("staff.versions.diff.removed", new Object[] {line}), "cc-diff-removed", entry.language())));
            entry.added().forEach(line -> lines.add(line(text.apply("staff.versions.diff.added", new Object[] {line}), "cc-diff-added", entry.language())));
            Div block = new Div(heading, lines);
            block.addClassName("cc-diff-entry");
            block.getElement().setAttribute("data-section", entry.section());
            list.add(block);
        }
        return list;
    }

    private static ListItem line(String shown, String className, Language textLanguage) {
        ListItem item = new ListItem(shown);
        item.addClassName(className);
        // The changed line is in the content's language, which a screen reader must pronounce as such.
        item.getElement().setAttribute("lang", textLanguage.tag());
        return item;
    }
}
