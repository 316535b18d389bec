package care.clearconsent.consent;

public enum JourneyStatus {
    IN_PROGRESS,
    AWAITING_SIGNATURE,
    AGREED,
    DECLINED,
    DECIDE_LATER
}
