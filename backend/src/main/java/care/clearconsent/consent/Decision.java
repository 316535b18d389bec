package care.clearconsent.consent;

public enum Decision {
    AGREE,
    DECLINE,
    LATER
}
