package care.clearconsent.content;

/** The readability every published text must meet; the numbers are the product's promise to patients. */
public final class ReadabilityLimits {

    public static final double ENGLISH_SIMPLIFIED_MAX_GRADE = 6.0;
    public static final double ENGLISH_SIMPLIFIED_MAX_WORDS_PER_SENTENCE = 15.0;
    public static final double ENGLISH_STANDARD_MAX_GRADE = 9.0;
    public static final double KOREAN_SIMPLIFIED_MAX_EOJEOL_PER_SENTENCE = 12.0;
    public static final int KOREAN_SIMPLIFIED_MAX_EOJEOL_IN_ANY_SENTENCE = 20;

    private ReadabilityLimits() {
    }
}
