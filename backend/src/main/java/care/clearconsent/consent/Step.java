package care.clearconsent.consent;

/** One screen of the journey. {@code ref} names the section or question for those kinds. */
public record Step(Kind kind, String ref) {

    public enum Kind { WELCOME, SECTION, QUESTION, DECISION, SIGNATURE, RECEIPT }

    public static final Step WELCOME = new Step(Kind.WELCOME, "");
    public static final Step DECISION = new Step(Kind.DECISION, "");
    public static final Step SIGNATURE = new Step(Kind.SIGNATURE, "");
    public static final Step RECEIPT = new Step(Kind.RECEIPT, "");

    public static Step section(String id) {
        return new Step(Kind.SECTION, id);
    }

    public static Step question(String id) {
        return new Step(Kind.QUESTION, id);
    }

    /** Stable text form stored in events, for example {@code section:retention}. */
    public String key() {
        return ref.isEmpty() ? kind.name().toLowerCase(java.util.Locale.ROOT) : kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + ref;
    }

    public static Step fromKey(String key) {
        int colon = key.indexOf(':');
        Kind kind = Kind.valueOf((colon < 0 ? key : key.substring(0, colon)).toUpperCase(java.util.Locale.ROOT));
        return new Step(kind, colon < 0 ? "" : key.substring(colon + 1));
    }
}
