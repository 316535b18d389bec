package care.clearconsent.content;

import java.util.List;
import java.util.Map;

/** A comprehension question about one section; options are shown in the listed order. */
public record Question(String id, String section, List<String> options, String answer, Map<Language, QuestionText> text) {

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
