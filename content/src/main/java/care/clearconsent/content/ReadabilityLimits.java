package care.clearconsent.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The readability every published text must meet; the numbers are the product's promise to patients. The build's
 * checks and the stored readability report both judge a text here, so they cannot disagree.
 */
public final class ReadabilityLimits {

    public static final double ENGLISH_SIMPLIFIED_MAX_GRADE = 6.0;
    public static final double ENGLISH_SIMPLIFIED_MAX_WORDS_PER_SENTENCE = 15.0;
    public static final double ENGLISH_STANDARD_MAX_GRADE = 9.0;
    public static final double KOREAN_SIMPLIFIED_MAX_EOJEOL_PER_SENTENCE = 12.0;
    public static final int KOREAN_SIMPLIFIED_MAX_EOJEOL_IN_ANY_SENTENCE = 20;

    private ReadabilityLimits() {
    }

    /** Which measure a text is over: the grade, the average sentence length, or its longest sentence. */
    public enum Measure {
        GRADE("readability-grade"),
        AVERAGE_SENTENCE("readability-sentence-length"),
        LONGEST_SENTENCE("readability-sentence-length");

        private final String rule;

        Measure(String rule) {
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }

    /** A limit a text is over, with a message for its author. */
    public record Breach(Measure measure, String message) {
    }

    /** The limits in words, for the report; "none (reported)" where only scores are kept. */
    public static String describe(Language language, ReadingLevel level) {
        if (language == Language.EN && level == ReadingLevel.SIMPLIFIED) {
            return "grade ≤ " + ENGLISH_SIMPLIFIED_MAX_GRADE + ", ≤ " + ENGLISH_SIMPLIFIED_MAX_WORDS_PER_SENTENCE + " words per sentence";
        } else if (language == Language.EN) {
            return "grade ≤ " + ENGLISH_STANDARD_MAX_GRADE;
        } else if (level == ReadingLevel.SIMPLIFIED) {
            return "≤ " + KOREAN_SIMPLIFIED_MAX_EOJEOL_PER_SENTENCE + " eojeol per sentence, none over " + KOREAN_SIMPLIFIED_MAX_EOJEOL_IN_ANY_SENTENCE;
        }
        return "none (reported)";
    }

    /** Every limit the text with these scores is over; empty when it is within all of them. */
    public static List<Breach> breaches(Language language, ReadingLevel level, Readability.Scores scores) {
        List<Breach> breaches = new ArrayList<>();
        String where = language.tag() + " " + level.key();
        if (language == Language.EN) {
            double maxGrade = level == ReadingLevel.SIMPLIFIED ? ENGLISH_SIMPLIFIED_MAX_GRADE : ENGLISH_STANDARD_MAX_GRADE;
            if (scores.grade() > maxGrade) {
                breaches.add(new Breach(Measure.GRADE, String.format(Locale.ROOT,
                        "%s text is at Flesch-Kincaid grade %.1f; the limit is %.0f: use shorter sentences and shorter words", where, scores.grade(), maxGrade)));
            }
            if (level == ReadingLevel.SIMPLIFIED && scores.wordsPerSentence() > ENGLISH_SIMPLIFIED_MAX_WORDS_PER_SENTENCE) {
                breaches.add(new Breach(Measure.AVERAGE_SENTENCE, String.format(Locale.ROOT,
                        "%s text has %.1f words per sentence on average; the limit is %.0f", where, scores.wordsPerSentence(),
                        ENGLISH_SIMPLIFIED_MAX_WORDS_PER_SENTENCE)));
            }
        } else if (level == ReadingLevel.SIMPLIFIED) {
            if (scores.wordsPerSentence() > KOREAN_SIMPLIFIED_MAX_EOJEOL_PER_SENTENCE) {
                breaches.add(new Breach(Measure.AVERAGE_SENTENCE, String.format(Locale.ROOT,
                        "%s text has %.1f eojeol per sentence on average; the limit is %.0f", where, scores.wordsPerSentence(),
                        KOREAN_SIMPLIFIED_MAX_EOJEOL_PER_SENTENCE)));
            }
            if (scores.longestSentence() > KOREAN_SIMPLIFIED_MAX_EOJEOL_IN_ANY_SENTENCE) {
                breaches.add(new Breach(Measure.LONGEST_SENTENCE, "a simplified sentence has " + scores.longestSentence()
                        + " eojeol; none may have more than " + KOREAN_SIMPLIFIED_MAX_EOJEOL_IN_ANY_SENTENCE));
            }
        }
        return breaches;
    }
}
