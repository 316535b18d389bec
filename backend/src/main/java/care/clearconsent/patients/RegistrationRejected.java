package care.clearconsent.patients;

import java.util.List;

/** Registration refused; nothing was stored. Each problem is a message key the UI translates. */
public class RegistrationRejected extends RuntimeException {

    private final List<RegistrationProblem> problems;

    public RegistrationRejected(List<RegistrationProblem> problems) {
        super("Registration rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<RegistrationProblem> problems() {
        return problems;
    }

    /** Which field is wrong and the key of the message that says why. */
    public record RegistrationProblem(String field, String messageKey) {
    }
}
