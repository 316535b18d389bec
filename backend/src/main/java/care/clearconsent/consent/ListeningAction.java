package care.clearconsent.consent;

public enum ListeningAction {
    STARTED,
    PAUSED,
    FINISHED,
    REPLAYED;

    /** The action a client names, or empty for anything else: a client's word is never trusted to be one of ours. */
    public static java.util.Optional<ListeningAction> parse(@org.jspecify.annotations.Nullable String name) {
        return java.util.Arrays.stream(values()).filter(action -> action.name().equals(name)).findFirst();
    }
}
