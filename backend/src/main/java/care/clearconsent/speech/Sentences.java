package care.clearconsent.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits text into the sentences that are spoken, and highlighted, one at a time. */
public final class Sentences {

    private static final Pattern END = Pattern.compile("(?<=[.!?。])\\s+");

    private Sentences() {
    }

    public static List<String> of(List<String> paragraphs) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : paragraphs) {
            for (String sentence : END.split(paragraph.strip())) {
                if (!sentence.isBlank()) {
                    sentences.add(sentence.strip());
                }
            }
        }
        return sentences;
    }
}
