package care.clearconsent.consent;

import java.time.Instant;
import java.util.Set;

/**
 * One line of the nurse's journey list; {@code questionsRaised} names the sections the patient wants to ask about
 * (raised and not yet marked resolved); {@code openQuizCues} the quiz questions failed three times and not resolved;
 * {@code modes} and {@code language} are those in use now, {@code firstTry} each answered question's first-try result;
 * {@code consentNeededAgain} is true when the explanation has had a major change since this journey's version;
 * {@code flags} are what staff should look at (they never block); {@code partlyWithdrawn} names the purposes and AI systems withdrawn from an agreement still otherwise in force;
 * {@code declinedSystems} the AI systems the patient declined one by one when deciding.
 */
public record JourneySummary(JourneyId id, String patientId, String contentVersion, String version, Instant startedAt,
                             JourneyStatus status, Step current, Set<String> questionsRaised, boolean consentNeededAgain,
                             Set<String> partlyWithdrawn, java.util.List<JourneyFlags.Flag> flags, Set<String> declinedSystems,
                             DisplayModes modes, care.clearconsent.content.Language language, java.util.Map<String, Boolean> firstTry,
                             Set<String> openQuizCues) {

    public JourneySummary {
        questionsRaised = Set.copyOf(questionsRaised);
        declinedSystems = Set.copyOf(declinedSystems);
        partlyWithdrawn = Set.copyOf(partlyWithdrawn);
        flags = java.util.List.copyOf(flags);
        firstTry = java.util.Map.copyOf(firstTry);
        openQuizCues = Set.copyOf(openQuizCues);
    }

    /** Whether the tablet told staff something they have not marked resolved yet: a question, or a quiz failed three times. */
    public boolean needsHelp() {
        return !questionsRaised.isEmpty() || !openQuizCues.isEmpty();
    }
}
