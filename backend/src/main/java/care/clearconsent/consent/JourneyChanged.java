package care.clearconsent.consent;

/**
 * Published after every event appended to a journey, on the writer's thread, so that staff screens can follow a
 * journey live. Listeners must return quickly and never throw: the patient's step is already recorded.
 *
 * @param factType the fixed name of what happened ({@code QuestionRaised}, {@code QuizAnswered}, ...)
 */
public record JourneyChanged(JourneyId journeyId, String patientId, String factType) {
}
