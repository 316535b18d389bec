package care.clearconsent.shared.ui;

import care.clearconsent.shared.PageLanguage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;

/** A short, calm page for a dead end: a heading and what to do next, never a stack trace. */
public class PoliteMessage extends Main {

    public PoliteMessage(String titleKey, String textKey) {
        addClassName("cc-page");
        addClassName("cc-message");
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.KOREAN : PageLanguage.forBrowser(ui);
        if (ui != null) {
            PageLanguage.apply(ui, locale);
        }
        H1 title = new H1(getTranslation(locale, titleKey));
        title.setId("message-title");
        Paragraph text = new Paragraph(getTranslation(locale, textKey));
        text.setId("message-text");
        add(title, text);
    }
}
