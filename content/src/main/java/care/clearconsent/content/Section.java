package care.clearconsent.content;

import java.util.Map;

/** One screen of explanation, in every language and reading level. */
public record Section(String id, SectionKind kind, Map<Language, Map<ReadingLevel, SectionText>> text) {

    public Section {
        text = Map.copyOf(text);
    }

    public SectionText text(Language language, ReadingLevel level) {
        var byLevel = text.get(language);
        if (byLevel == null || !byLevel.containsKey(level)) {
            throw new IllegalStateException("Section " + id + " has no " + language + "/" + level + " text");
        }
        return byLevel.get(level);
    }
}
