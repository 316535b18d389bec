package care.clearconsent.content;

import java.util.Map;

/** A comprehension question in one language: the prompt, the text of each answer option, and the plain explanation shown after a wrong answer. */
public record QuestionText(String prompt, Map<String, String> options, String explanation) {

    public QuestionText {
        options = Map.copyOf(options);
    }
}
