package care.clearconsent.content;

import java.util.List;
import java.util.Map;

/**
 * A word patients may not know (from {@code medical-terms.yaml}). A text that uses one of its {@code words} must
 * define it: the section lists glossary entry {@code glossary}, otherwise the text should use plainer words.
 */
public record MedicalTerm(String glossary, Map<Language, List<String>> words) {

    public MedicalTerm {
        words = Map.copyOf(words);
    }
}
