package care.clearconsent.consent;

/** What a withdrawal covers: the whole consent, one separate purpose, or one AI system. */
public enum WithdrawalScope {
    ALL,
    PURPOSE,
    AI_SYSTEM
}
