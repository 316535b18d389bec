package care.clearconsent.content;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
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

    /** The same section with every title, heading and paragraph passed through {@code change} (given its language). */
    public Section mapText(BiFunction<String, Language, String> change) {
        Map<Language, Map<ReadingLevel, SectionText>> texts = new EnumMap<>(Language.class);
        text.forEach((language, byLevel) -> {
            Map<ReadingLevel, SectionText> levels = new EnumMap<>(ReadingLevel.class);
            byLevel.forEach((level, shown) -> levels.put(level, new SectionText(change.apply(shown.title(), language),
                    shown.parts().stream().map(part -> new SectionText.Part(part.topic(), change.apply(part.heading(), language),
                            part.paragraphs().stream().map(p -> change.apply(p, language)).toList())).toList())));
            texts.put(language, levels);
        });
        return new Section(id, kind, texts, glossary, facts);
    }

    public boolean isAiSystem() {
        return kind == SectionKind.AI_SYSTEM;
    }
}
