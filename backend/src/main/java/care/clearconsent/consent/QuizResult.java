package care.clearconsent.consent;

/** The outcome of one answer and the journey after it. */
public record QuizResult(boolean correct, int attempt, Journey journey) {
}
