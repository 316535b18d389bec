package care.clearconsent.consent;

public enum ListeningAction {
    STARTED,
    PAUSED,
    FINISHED,
    REPLAYED
}
