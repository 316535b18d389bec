package care.clearconsent.content;

/**
 * Whether a patient can decline one AI system, as the institution set it ({@code decline-<system>}): offered with
 * the institution's own words for what then happens, not offered here, or always possible (recording a visit can
 * always be refused).
 */
public enum Declining {
    OFFERED("offered"),
    NOT_OFFERED("not-offered"),
    ALWAYS("always");

    private final String value;

    Declining(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** True when the patient is asked to accept or decline the system on the decision screen. */
    public boolean offered() {
        return this != NOT_OFFERED;
    }

    public static Declining of(String value) {
        for (Declining declining : values()) {
            if (declining.value.equals(value)) {
                return declining;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not offered, not-offered or always");
    }

    public static boolean known(String value) {
        return java.util.Arrays.stream(values()).anyMatch(declining -> declining.value.equals(value));
    }
}
