package care.clearconsent.content;

/** Every explanation exists in standard wording and in simplified wording (shorter sentences, fewer terms). */
public enum ReadingLevel {
    STANDARD("standard"),
    SIMPLIFIED("simplified");

    private final String key;

    ReadingLevel(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
