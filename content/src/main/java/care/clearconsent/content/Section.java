package care.clearconsent.content;

import java.util.List;
import java.util.Map;

/** One screen of explanation, in every language and reading level; {@code glossary} names the terms it explains. */
public record Section(String id, SectionKind kind, Map<Language, Map<ReadingLevel, SectionText>> text, List<String> glossary) {

    public Section {
        text = Map.copyOf(text);
        glossary = List.copyOf(glossary);
    }

    public SectionText text(Language language, ReadingLevel level) {
        var byLevel = text.get(language);
        if (byLevel == null || !byLevel.containsKey(level)) {
            throw new IllegalStateException("Section " + id + " has no " + language + "/" + level + " text");
        }
        return byLevel.get(level);
    }
}
