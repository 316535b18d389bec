package care.clearconsent.content;

/** One rule a content file breaks, named so an author can find and fix it. */
public record ContentProblem(String file, String location, String rule, String message) {

    @Override
    public String toString() {
        return file + " [" + location + "] " + rule + ": " + message;
    }
}
