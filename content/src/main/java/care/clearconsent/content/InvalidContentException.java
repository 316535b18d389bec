package care.clearconsent.content;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when content breaks the rules: nothing of it may be published or shown. */
public class InvalidContentException extends RuntimeException {

    private final List<ContentProblem> problems;

    public InvalidContentException(List<ContentProblem> problems) {
        super("Content is not valid:\n" + problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
