package care.clearconsent.consent;

import java.time.Instant;
import java.util.Set;

/**
 * One line of the nurse's journey list; {@code questionsRaised} names the sections the patient wants to ask about;
 * {@code consentNeededAgain} is true when the explanation has had a major change since this journey's version.
 */
public record JourneySummary(JourneyId id, String patientId, String contentVersion, String version, Instant startedAt,
                             JourneyStatus status, Step current, Set<String> questionsRaised, boolean consentNeededAgain) {

    public JourneySummary {
        questionsRaised = Set.copyOf(questionsRaised);
    }
}
