package care.clearconsent.consent;

import java.util.Set;
import java.util.TreeSet;

/**
 * How one screen was listened to, for the consent record: "listened to in full, twice, at slow rate".
 *
 * @param plays how many times playback was started from the beginning (first play and replays)
 * @param shareHeard the largest part of the audio heard in one play (0 to 1)
 */
public record ListeningSummary(String target, int plays, double shareHeard, Set<String> rates) {

    public ListeningSummary {
        rates = Set.copyOf(rates);
    }

    static ListeningSummary none(String target) {
        return new ListeningSummary(target, 0, 0, Set.of());
    }

    ListeningSummary with(JourneyFact.Listened listened) {
        boolean fromStart = listened.action() == ListeningAction.REPLAYED
                || (listened.action() == ListeningAction.STARTED && listened.position() < 0.5);
        Set<String> allRates = new TreeSet<>(rates);
        allRates.add(listened.rate());
        double heard = listened.action() == ListeningAction.FINISHED ? Math.max(shareHeard, Math.max(listened.shareHeard(), 0.999))
                : Math.max(shareHeard, listened.shareHeard());
        return new ListeningSummary(target, plays + (fromStart ? 1 : 0), Math.min(1, heard), allRates);
    }

    public boolean heardInFull() {
        return shareHeard >= 0.98;
    }

    /** Plain English for the evidence record. */
    public String describe() {
        if (plays == 0) {
            return target + " was not listened to";
        }
        String extent = heardInFull() ? "in full" : "in part (" + Math.round(shareHeard * 100) + " %)";
        String times = switch (plays) {
            case 1 -> "once";
            case 2 -> "twice";
            default -> plays + " times";
        };
        return target + " was listened to " + extent + ", " + times + ", at " + String.join(" and ",
                rates.stream().map(r -> r.toLowerCase(java.util.Locale.ROOT)).toList()) + " rate";
    }
}
