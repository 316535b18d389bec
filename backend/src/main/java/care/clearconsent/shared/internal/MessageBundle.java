package care.clearconsent.shared.internal;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * UI texts from messages/translations*.properties. English is the base bundle and Korean overrides it;
 * the JVM's default locale never takes part, so an English page is English on any server.
 */
@Component
public class MessageBundle implements I18NProvider {

    public static final String BASE_NAME = "messages.translations";
    public static final List<Locale> LOCALES = List.of(Locale.KOREAN, Locale.ENGLISH);
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = "ko".equals(locale.getLanguage()) ? Locale.KOREAN : Locale.ROOT;
        try {
            String pattern = ResourceBundle.getBundle(BASE_NAME, language, NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }
}
