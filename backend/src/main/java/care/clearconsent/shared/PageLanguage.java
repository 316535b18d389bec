package care.clearconsent.shared;

import com.vaadin.flow.component.UI;
import java.util.Locale;

/** Keeps the page's lang attribute and the UI locale in step, so screen readers pronounce the text right. */
public final class PageLanguage {

    private PageLanguage() {
    }

    public static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
    }

    /** Staff pages follow the browser: Korean when it asks for Korean, English otherwise. */
    public static Locale forBrowser(UI ui) {
        Locale requested = ui.getLocale();
        return "ko".equals(requested.getLanguage()) ? Locale.KOREAN : Locale.ENGLISH;
    }
}
