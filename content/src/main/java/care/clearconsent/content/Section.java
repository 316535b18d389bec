package care.clearconsent.content;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One screen of explanation, in every language and reading level; {@code glossary} names the terms it explains.
 * An AI system's section (its fact card) also carries the system's structured {@code facts}.
 */
public record Section(String id, SectionKind kind, Map<Language, Map<ReadingLevel, SectionText>> text, List<String> glossary,
                      @Nullable SystemFacts facts) {

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

    public boolean isAiSystem() {
        return kind == SectionKind.AI_SYSTEM;
    }
}
