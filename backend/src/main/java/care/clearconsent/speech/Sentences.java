package care.clearconsent.speech;

import care.clearconsent.content.GlossaryEntry;
import care.clearconsent.content.Language;
import care.clearconsent.content.Question;
import care.clearconsent.content.QuestionText;
import care.clearconsent.content.SectionText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits text into the sentences that are spoken, and highlighted, one at a time. */
public final class Sentences {

    private static final Pattern END = Pattern.compile("(?<=[.!?。])\\s+");

    private Sentences() {
    }

    /** What a section's audio says, in order: the title, then for each part its heading and each sentence of its paragraphs. */
    public static List<String> ofSection(SectionText text) {
        List<String> sentences = new ArrayList<>(List.of(text.title()));
        for (SectionText.Part part : text.parts()) {
            if (part.hasHeading()) {
                sentences.add(part.heading());
            }
            sentences.addAll(of(part.paragraphs()));
        }
        return sentences;
    }

    /** What a question's audio says: the prompt, then each answer choice in the order shown (a permutation of its options). */
    public static List<String> ofQuestion(Question question, Language language, List<String> shownOrder) {
        QuestionText text = question.text(language);
        List<String> sentences = new ArrayList<>(List.of(text.prompt()));
        shownOrder.forEach(option -> sentences.add(text.options().get(option)));
        return sentences;
    }

    /** What a glossary definition's audio says: the term, then its definition. */
    public static List<String> ofTerm(GlossaryEntry entry, Language language) {
        return List.of(entry.text(language).term(), entry.text(language).definition());
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
