package care.clearconsent.content;

import java.util.Map;

/** A separate use of the patient's data that needs its own yes or no (for example improving the AI). */
public record Purpose(String id, Map<Language, ChoiceText> text) {

    public Purpose {
        text = Map.copyOf(text);
    }

    public ChoiceText text(Language language) {
        var value = text.get(language);
        if (value == null) {
            throw new IllegalStateException("Purpose " + id + " has no " + language + " text");
        }
        return value;
    }
}
