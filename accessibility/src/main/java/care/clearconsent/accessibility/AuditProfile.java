package care.clearconsent.accessibility;

/**
 * The thresholds a screen is held to.
 *
 * @param minTextPx smallest allowed computed font size of any visible text
 * @param minTargetPx smallest allowed width and height of any interactive element
 */
public record AuditProfile(String name, int minTextPx, int minTargetPx) {

    public static final AuditProfile STANDARD = new AuditProfile("standard", 20, 48);
    public static final AuditProfile LARGE_TEXT = new AuditProfile("large text", 32, 48);
}
