package care.clearconsent.content;

import java.util.List;
import java.util.Map;

/**
 * A comprehension question about one section. Options are shown in the listed order (shuffled per journey);
 * {@code misconception} names the wrong option a patient who misread the section would most likely pick.
 */
public record Question(String id, String section, List<String> options, String answer, String misconception,
                       Map<Language, QuestionText> text) {

    public Question {
        options = List.copyOf(options);
        text = Map.copyOf(text);
    }

    public QuestionText text(Language language) {
        var value = text.get(language);
        if (value == null) {
            throw new IllegalStateException("Question " + id + " has no " + language + " text");
        }
        return value;
    }

    public boolean isCorrect(String option) {
        return answer.equals(option);
    }
}
