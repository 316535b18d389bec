package care.clearconsent.shared.ui;

import care.clearconsent.shared.PageLanguage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Locale;

/** A short, calm page for a dead end: a heading and what to do next, never a stack trace. */
public class PoliteMessage extends Main implements HasDynamicTitle {

    private final String title;

    public PoliteMessage(String titleKey, String textKey) {
        addClassName("cc-page");
        addClassName("cc-message");
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.KOREAN : PageLanguage.forBrowser(ui);
        if (ui != null) {
            PageLanguage.apply(ui, locale);
        }
        this.title = getTranslation(locale, titleKey);
        H1 heading = new H1(title);
        heading.setId("message-title");
        Paragraph text = new Paragraph(getTranslation(locale, textKey));
        text.setId("message-text");
        add(heading, text);
    }

    /** The router sets the page title from here after navigation, error views included. */
    @Override
    public String getPageTitle() {
        return title;
    }
}
