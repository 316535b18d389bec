package care.clearconsent.accessibility;

/** One failed check on one element. {@code rule} is the axe rule id, or target-size / text-size for our own checks. */
public record AuditFinding(String rule, String description, String element) {

    @Override
    public String toString() {
        return rule + ": " + description + " -> " + element;
    }
}
