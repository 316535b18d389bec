package care.clearconsent.content;

import java.util.List;
import java.util.Map;

/**
 * The authoring rules read from the content files that are not themselves shown to patients: words that need a
 * definition, words that make a promise absolute (and the sentences allowed to make one), and the facts each section
 * must state at every reading level.
 */
public record AuthoringRules(List<MedicalTerm> medicalTerms, Promises promises, Map<String, List<LevelFact>> levelFacts) {

    public AuthoringRules {
        medicalTerms = List.copyOf(medicalTerms);
        levelFacts = Map.copyOf(levelFacts);
    }

    /**
     * {@code words}: per language, the words that make a sentence an absolute promise (never, always, nobody, ...);
     * {@code allowed}: the sentences allowed to make one anyway, each with why it is true.
     */
    public record Promises(Map<Language, List<String>> words, List<Allowed> allowed) {
        public Promises {
            words = Map.copyOf(words);
            allowed = List.copyOf(allowed);
        }
    }

    /** A sentence (or part of one) allowed to make an absolute statement, and why it holds; {@code pointer} is its place. */
    public record Allowed(String text, String why, String pointer) {
    }
}
