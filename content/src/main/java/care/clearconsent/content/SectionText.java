package care.clearconsent.content;

import java.util.List;

/** What a patient reads for one section in one language and reading level. */
public record SectionText(String title, List<String> paragraphs) {

    public SectionText {
        paragraphs = List.copyOf(paragraphs);
    }
}
