package care.clearconsent.consent;

/** A new journey and the secret link token that opens it on a tablet (only its hash is stored). */
public record StartedJourney(JourneyId id, String linkToken) {
}
