package care.clearconsent.speech;

/** Speaking rates the patient can choose; slow is about 120 words per minute. */
public enum SpeechRate {
    NORMAL(150),
    SLOW(120);

    private final int wordsPerMinute;

    SpeechRate(int wordsPerMinute) {
        this.wordsPerMinute = wordsPerMinute;
    }

    public int wordsPerMinute() {
        return wordsPerMinute;
    }
}
