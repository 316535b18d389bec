package care.clearconsent.handover;

import java.util.Optional;

/** What a waiting tablet learns when it asks: still waiting, its code expired, or the journey link to open now. */
public record TabletState(Kind kind, Optional<String> linkToken) {

    public enum Kind {
        WAITING, EXPIRED, OPEN_JOURNEY
    }

    static TabletState waiting() {
        return new TabletState(Kind.WAITING, Optional.empty());
    }

    static TabletState expired() {
        return new TabletState(Kind.EXPIRED, Optional.empty());
    }

    static TabletState open(String linkToken) {
        return new TabletState(Kind.OPEN_JOURNEY, Optional.of(linkToken));
    }
}
