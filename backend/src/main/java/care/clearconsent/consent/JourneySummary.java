package care.clearconsent.consent;

import java.time.Instant;
import java.util.Set;

/** One line of the nurse's journey list; {@code questionsRaised} names the sections the patient wants to ask about. */
public record JourneySummary(JourneyId id, String patientId, String contentVersion, Instant startedAt, JourneyStatus status,
                             Step current, Set<String> questionsRaised) {

    public JourneySummary {
        questionsRaised = Set.copyOf(questionsRaised);
    }
}
