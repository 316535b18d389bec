package care.clearconsent.consent;

/**
 * The display switches a patient can turn on and off at any step; each change is recorded as evidence.
 * {@code voice} reads every screen aloud; {@code slowSpeech} chooses the slow speaking rate.
 */
public record DisplayModes(boolean largeText, boolean simplified, boolean highContrast, boolean voice, boolean slowSpeech) {

    public static final DisplayModes STANDARD = new DisplayModes(false, false, false, false, false);

    public DisplayModes withLargeText(boolean on) {
        return new DisplayModes(on, simplified, highContrast, voice, slowSpeech);
    }

    public DisplayModes withSimplified(boolean on) {
        return new DisplayModes(largeText, on, highContrast, voice, slowSpeech);
    }

    public DisplayModes withHighContrast(boolean on) {
        return new DisplayModes(largeText, simplified, on, voice, slowSpeech);
    }

    public DisplayModes withVoice(boolean on) {
        return new DisplayModes(largeText, simplified, highContrast, on, slowSpeech);
    }

    public DisplayModes withSlowSpeech(boolean on) {
        return new DisplayModes(largeText, simplified, highContrast, voice, on);
    }
}
