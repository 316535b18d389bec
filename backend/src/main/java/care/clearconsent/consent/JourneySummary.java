package care.clearconsent.consent;

import java.time.Instant;

/** One line of the nurse's journey list. */
public record JourneySummary(JourneyId id, String patientId, Instant startedAt, JourneyStatus status, Step current) {
}
