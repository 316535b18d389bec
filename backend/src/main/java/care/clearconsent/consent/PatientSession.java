package care.clearconsent.consent;

/** A journey link exchanged for one browser: {@code secret} goes into that browser's cookie and nowhere else. */
public record PatientSession(String secret, JourneyId journeyId) {
}
