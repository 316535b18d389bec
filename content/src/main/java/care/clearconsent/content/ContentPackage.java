package care.clearconsent.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a patient is told in one published version: the sections in reading order, the comprehension
 * questions, the separate purposes to decide on, whether care without AI is offered, and the glossary.
 */
public record ContentPackage(
        String version,
        List<Section> sections,
        List<Question> questions,
        List<Purpose> purposes,
        boolean careWithoutAiOffered,
        Map<Language, ChoiceText> careWithoutAi,
        List<GlossaryEntry> glossary) {

    public ContentPackage {
        glossary = List.copyOf(glossary);
        sections = List.copyOf(sections);
        questions = List.copyOf(questions);
        purposes = List.copyOf(purposes);
        careWithoutAi = Map.copyOf(careWithoutAi);
    }

    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Optional<GlossaryEntry> term(String id) {
        return glossary.stream().filter(entry -> entry.id().equals(id)).findFirst();
    }

    public int sectionIndex(String id) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
