package care.clearconsent.content;

import java.util.ArrayList;
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

    /**
     * The estimated height of a screen's text, in CSS pixels of large text on a 1024 px wide tablet, that keeps a part
     * of a section, with its heading, buttons and display switches, at most about two screens high. Simplified words
     * are set with more space and bigger gaps, so their screens leave less room for text. Both leave room for the
     * one-line notice demonstration content carries on every screen.
     */
    private static final Map<ReadingLevel, Integer> PAGE_BUDGET_PX = Map.of(ReadingLevel.STANDARD, 900, ReadingLevel.SIMPLIFIED, 730);

    /**
     * The topics shown together on each screen when the section is read in parts: consecutive headed parts, packed
     * while their estimated height fits the budget in every language and level (a part taller than that has a screen
     * of its own). A plain section is one screen. The grouping depends only on the content, so it is the same in every
     * language, level and display mode, and the server and every client agree on it.
     */
    public List<List<String>> pages() {
        List<String> topics = anyText().parts().stream().map(SectionText.Part::topic).toList();
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        for (String topic : topics) {
            List<String> grown = new ArrayList<>(page);
            grown.add(topic);
            if (!page.isEmpty() && !fitsOneScreen(grown)) {
                pages.add(List.copyOf(page));
                grown = new ArrayList<>(List.of(topic));
            }
            page = grown;
        }
        pages.add(List.copyOf(page));
        return List.copyOf(pages);
    }

    public int pageCount() {
        return pages().size();
    }

    /** What one screen of the section shows ({@code page} from 0) in a language and level. */
    public SectionText page(Language language, ReadingLevel level, int page) {
        List<List<String>> pages = pages();
        if (page < 0 || page >= pages.size()) {
            throw new IllegalArgumentException("Section " + id + " has pages 0 to " + (pages.size() - 1) + ", not " + page);
        }
        return text(language, level).only(pages.get(page));
    }

    private SectionText anyText() {
        return text.values().stream().flatMap(byLevel -> byLevel.values().stream()).findFirst()
                .orElseThrow(() -> new IllegalStateException("Section " + id + " has no text"));
    }

    private boolean fitsOneScreen(List<String> topics) {
        for (var byLevel : text.values()) {
            for (var entry : byLevel.entrySet()) {
                int height = entry.getValue().parts().stream().filter(part -> topics.contains(part.topic()))
                        .mapToInt(part -> estimatedHeight(part, entry.getKey())).sum();
                if (height > PAGE_BUDGET_PX.get(entry.getKey())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A part's height in large text, fitted to the tablet layout: 75 px for its heading; per paragraph a gap (24 px,
     * or 47 px with simplified spacing) and 55 px a line, a line holding about 52 Latin letters or 31 Korean
     * syllables (40 and 24 with simplified spacing).
     */
    static int estimatedHeight(SectionText.Part part, ReadingLevel level) {
        boolean simplified = level == ReadingLevel.SIMPLIFIED;
        double latinPerLine = simplified ? 40 : 52;
        double hangulPerLine = simplified ? 24 : 31;
        int height = part.hasHeading() ? 75 : 0;
        for (String paragraph : part.paragraphs()) {
            double lines = paragraph.codePoints()
                    .mapToDouble(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL ? 1 / hangulPerLine : 1 / latinPerLine).sum();
            height += (simplified ? 47 : 24) + 55 * (int) Math.ceil(lines);
        }
        return height;
    }

    public boolean isAiSystem() {
        return kind == SectionKind.AI_SYSTEM;
    }
}
