package care.clearconsent.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Readability measures for explanation text. English: Flesch-Kincaid grade level
 * (0.39 × words per sentence + 11.8 × syllables per word − 15.59) with syllables counted by the usual vowel-group
 * rule. Korean: eojeol (units between spaces) per sentence, the measure Korean plain-language guides use.
 */
public final class Readability {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。])\\s+");
    private static final Pattern SILENT_ENDING = Pattern.compile("(?:[^laeiouy]es|ed|[^laeiouy]e)$");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]{1,2}");

    private Readability() {
    }

    /** The measures of a list of paragraphs; {@code grade} is only meaningful for English. */
    public record Scores(int sentences, int words, int syllables, int longestSentence) {

        public double wordsPerSentence() {
            return sentences == 0 ? 0 : (double) words / sentences;
        }

        public double grade() {
            return words == 0 ? 0 : 0.39 * wordsPerSentence() + 11.8 * syllables / words - 15.59;
        }
    }

    public static List<String> sentences(String paragraph) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(paragraph.strip())) {
            if (!sentence.isBlank()) {
                sentences.add(sentence.strip());
            }
        }
        return sentences;
    }

    public static Scores measure(Language language, List<String> paragraphs) {
        int sentences = 0;
        int words = 0;
        int syllables = 0;
        int longest = 0;
        for (String paragraph : paragraphs) {
            for (String sentence : sentences(paragraph)) {
                List<String> tokens = words(sentence);
                sentences++;
                words += tokens.size();
                longest = Math.max(longest, tokens.size());
                if (language == Language.EN) {
                    syllables += tokens.stream().mapToInt(Readability::syllables).sum();
                }
            }
        }
        return new Scores(sentences, words, syllables, longest);
    }

    /** Words of a sentence: for Korean the eojeol, for English the tokens with a letter or digit. */
    public static List<String> words(String sentence) {
        List<String> words = new ArrayList<>();
        for (String token : sentence.split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(token);
            }
        }
        return words;
    }

    /**
     * English syllables of one word. Numbers count as two (most are read as two or more syllables), capitalised
     * abbreviations such as "AI" one per letter, hyphenated words as the sum of their parts.
     */
    public static int syllables(String token) {
        String word = token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
        if (word.isEmpty()) {
            return 0;
        }
        if (word.contains("-")) {
            int sum = 0;
            for (String part : word.split("-")) {
                sum += part.isEmpty() ? 0 : syllables(part);
            }
            return Math.max(1, sum);
        }
        if (word.chars().anyMatch(Character::isDigit)) {
            return 2;
        }
        if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
            return word.length();
        }
        String lower = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (lower.length() <= 3) {
            return 1;
        }
        lower = SILENT_ENDING.matcher(lower).replaceFirst("").replaceFirst("^y", "");
        int count = 0;
        var matcher = VOWEL_GROUP.matcher(lower);
        while (matcher.find()) {
            count++;
        }
        return Math.max(1, count);
    }
}
