package care.clearconsent.content;

/**
 * One rule a content file breaks, named so an author can find and fix it: the file, the line (0 when the file
 * itself is missing), the place inside the file as a JSON pointer, and the rule.
 */
public record ContentProblem(String file, int line, String location, String rule, String message) {

    ContentProblem(String file, String location, String rule, String message) {
        this(file, 0, location, rule, message);
    }

    ContentProblem atLine(int newLine) {
        return new ContentProblem(file, newLine, location, rule, message);
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + " [" + location + "] " + rule + ": " + message;
    }
}
