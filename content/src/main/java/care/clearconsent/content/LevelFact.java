package care.clearconsent.content;

import java.util.List;
import java.util.Map;

/**
 * A fact a section must state at every reading level, so simplified words never drop what matters for the decision.
 * {@code markers} are, per language, the words of which at least one shows the text states it (matched anywhere,
 * ignoring case).
 */
public record LevelFact(String id, Map<Language, List<String>> markers) {

    public LevelFact {
        markers = Map.copyOf(markers);
    }
}
