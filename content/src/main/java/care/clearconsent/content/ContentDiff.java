package care.clearconsent.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The lines a patient reads that differ between two versions, per section, language and level: what was removed
 * and what was added. Lines are titles, headings and paragraphs.
 */
public record ContentDiff(List<Entry> entries) {

    public ContentDiff {
        entries = List.copyOf(entries);
    }

    /** One section in one language and level that changed. */
    public record Entry(String section, Language language, ReadingLevel level, List<String> removed, List<String> added) {

        public Entry {
            removed = List.copyOf(removed);
            added = List.copyOf(added);
        }
    }

    public static ContentDiff between(ContentPackage before, ContentPackage after) {
        Set<String> ids = new LinkedHashSet<>();
        before.sections().forEach(s -> ids.add(s.id()));
        after.sections().forEach(s -> ids.add(s.id()));
        List<Entry> entries = new ArrayList<>();
        for (String id : ids) {
            for (Language language : Language.values()) {
                for (ReadingLevel level : ReadingLevel.values()) {
                    List<String> old = lines(before, id, language, level);
                    List<String> now = lines(after, id, language, level);
                    List<String> removed = old.stream().filter(line -> !now.contains(line)).toList();
                    List<String> added = now.stream().filter(line -> !old.contains(line)).toList();
                    if (!removed.isEmpty() || !added.isEmpty()) {
                        entries.add(new Entry(id, language, level, removed, added));
                    }
                }
            }
        }
        return new ContentDiff(entries);
    }

    private static List<String> lines(ContentPackage content, String id, Language language, ReadingLevel level) {
        return content.section(id).map(section -> {
            SectionText text = section.text(language, level);
            List<String> lines = new ArrayList<>(List.of(text.title()));
            for (SectionText.Part part : text.parts()) {
                if (part.hasHeading()) {
                    lines.add(part.heading());
                }
                lines.addAll(part.paragraphs());
            }
            return lines;
        }).orElse(List.of());
    }
}
