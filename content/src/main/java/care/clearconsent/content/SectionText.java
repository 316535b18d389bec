package care.clearconsent.content;

import java.util.ArrayList;
import java.util.List;

/**
 * What a patient reads for one section in one language and reading level. A data-handling section has one part
 * without a heading; an AI system's fact card has one part per {@link CardTopic}, each under its heading.
 */
public record SectionText(String title, List<Part> parts) {

    public SectionText {
        parts = List.copyOf(parts);
    }

    public static SectionText plain(String title, List<String> paragraphs) {
        return new SectionText(title, List.of(new Part("", "", paragraphs)));
    }

    /** The title and the given headed parts (by topic), in the section's order: one screen of a section read in parts. */
    public SectionText only(List<String> topics) {
        return new SectionText(title, parts.stream().filter(part -> topics.contains(part.topic())).toList());
    }

    /** Every paragraph of every part, in reading order (headings excluded). */
    public List<String> paragraphs() {
        List<String> all = new ArrayList<>();
        parts.forEach(part -> all.addAll(part.paragraphs()));
        return all;
    }

    /** One headed part of a section; {@code topic} and {@code heading} are empty for a plain section. */
    public record Part(String topic, String heading, List<String> paragraphs) {

        public Part {
            paragraphs = List.copyOf(paragraphs);
        }

        public boolean hasHeading() {
            return !heading.isBlank();
        }
    }
}
