package care.clearconsent.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The readability scores of every section in every language and level, with the limit each must meet. It is
 * written by the build and stored with each published version, so the scores of what a patient read are on record.
 */
public record ReadabilityReport(List<Row> rows) {

    public ReadabilityReport {
        rows = List.copyOf(rows);
    }

    /**
     * One section in one language and level. {@code grade} is the Flesch-Kincaid grade (English only, else 0);
     * {@code words} are eojeol in Korean.
     */
    public record Row(String section, String language, String level, int sentences, int words, double wordsPerSentence,
                      double grade, int longestSentence, String limit, boolean withinLimit) {
    }

    public static ReadabilityReport of(ContentPackage content) {
        List<Row> rows = new ArrayList<>();
        for (Section section : content.sections()) {
            for (Language language : Language.values()) {
                for (ReadingLevel level : ReadingLevel.values()) {
                    var byLevel = section.text().get(language);
                    if (byLevel != null && byLevel.containsKey(level)) {
                        rows.add(row(section.id(), language, level, Readability.measure(language, byLevel.get(level).paragraphs())));
                    }
                }
            }
        }
        return new ReadabilityReport(rows);
    }

    private static Row row(String section, Language language, ReadingLevel level, Readability.Scores scores) {
        return new Row(section, language.tag(), level.key(), scores.sentences(), scores.words(), round(scores.wordsPerSentence()),
                language == Language.EN ? round(scores.grade()) : 0, scores.longestSentence(), ReadabilityLimits.describe(language, level),
                ReadabilityLimits.breaches(language, level, scores).isEmpty());
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    public boolean allWithinLimits() {
        return rows.stream().allMatch(Row::withinLimit);
    }

    public String markdown() {
        StringBuilder out = new StringBuilder("""
                # Readability report

                English: Flesch-Kincaid grade level. Korean: eojeol (words between spaces) per sentence.

                | section | language | level | sentences | words | words/sentence | FK grade | longest sentence | limit | within |
                |---|---|---|---:|---:|---:|---:|---:|---|---|
                """);
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %d | %.1f | %s | %d | %s | %s |%n", row.section(), row.language(),
                    row.level(), row.sentences(), row.words(), row.wordsPerSentence(),
                    "en".equals(row.language()) ? String.format(Locale.ROOT, "%.1f", row.grade()) : "–", row.longestSentence(), row.limit(),
                    row.withinLimit() ? "yes" : "**no**"));
        }
        return out.toString();
    }
}
