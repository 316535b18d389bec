package care.clearconsent.consent;

/** The display switches a patient can turn on and off at any step; each change is recorded as evidence. */
public record DisplayModes(boolean largeText, boolean simplified, boolean highContrast) {

    public static final DisplayModes STANDARD = new DisplayModes(false, false, false);

    public DisplayModes withLargeText(boolean on) {
        return new DisplayModes(on, simplified, highContrast);
    }

    public DisplayModes withSimplified(boolean on) {
        return new DisplayModes(largeText, on, highContrast);
    }

    public DisplayModes withHighContrast(boolean on) {
        return new DisplayModes(largeText, simplified, on);
    }
}
