package care.clearconsent.content;

import java.util.Map;

/** A term a patient may not know, with a plain definition, in every language. */
public record GlossaryEntry(String id, Map<Language, GlossaryText> text) {

    public GlossaryEntry {
        text = Map.copyOf(text);
    }

    public GlossaryText text(Language language) {
        var value = text.get(language);
        if (value == null) {
            throw new IllegalStateException("Glossary term " + id + " has no " + language + " text");
        }
        return value;
    }

    /** The term as shown and its definition, in one language. */
    public record GlossaryText(String term, String definition) {
    }
}
