package care.clearconsent.consent;

public enum JourneyStatus {
    IN_PROGRESS,
    AWAITING_SIGNATURE,
    AGREED,
    DECLINED,
    DECIDE_LATER,
    /** Agreed, then withdrawn in full: nothing may be used from the moment of withdrawal. */
    WITHDRAWN
}
