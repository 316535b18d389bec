package care.clearconsent.content;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A fact that differs between institutions (a contact, a retention period, whether care without AI is offered).
 * Content names it as {@code {id}} inside a sentence; the institution configures it. Until it does, the default
 * declared in {@code package.yaml} is used, and {@link #isDefault()} says so on the staff pages and in the snapshot.
 *
 * @param defaultText for a text setting: the words used until the institution sets a value
 * @param choices     for a choice setting: the words for each allowed value (empty for a text setting)
 * @param configured  the institution's value, or null while the default applies
 * @param required    the institution must set it before the production profile starts (the privacy officer)
 */
public record InstitutionSetting(String id, String description, Map<Language, String> defaultText,
                                 Map<String, Map<Language, String>> choices, String defaultChoice, @Nullable String configured,
                                 boolean required) {

    public InstitutionSetting {
        defaultText = Map.copyOf(defaultText);
        choices = Map.copyOf(choices);
    }

    public boolean isChoice() {
        return !choices.isEmpty();
    }

    public boolean isDefault() {
        return configured == null;
    }

    /** The value in force: the configured one or the default (for a choice, the choice's key). */
    public String effectiveValue() {
        if (configured != null) {
            return configured;
        }
        return isChoice() ? defaultChoice : defaultText.getOrDefault(Language.EN, "");
    }

    /** The words put in place of {@code {id}} in a text in this language. */
    public String text(Language language) {
        if (isChoice()) {
            return choices.get(effectiveValue()).getOrDefault(language, "");
        }
        return configured != null ? configured : defaultText.getOrDefault(language, "");
    }

    public InstitutionSetting configure(String value) {
        if (isChoice() && !choices.containsKey(value)) {
            throw new IllegalArgumentException("institution setting '" + id + "' must be one of " + choices.keySet() + ", not '" + value + "'");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException("institution setting '" + id + "' is empty; remove it to use the default");
        }
        return new InstitutionSetting(id, description, defaultText, choices, defaultChoice, value.strip(), required);
    }
}
