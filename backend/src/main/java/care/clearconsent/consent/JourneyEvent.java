package care.clearconsent.consent;

import care.clearconsent.content.Language;
import java.time.Instant;

/**
 * A stored fact with everything needed to prove it later: server time, actor, device, the pseudonymous patient,
 * the exact content version and the language and display modes in effect. {@code hash} chains it to the event before.
 */
public record JourneyEvent(
        JourneyId journeyId,
        long seq,
        Instant at,
        Actor actor,
        String device,
        String patientId,
        String contentVersion,
        Language language,
        DisplayModes modes,
        JourneyFact fact,
        String previousHash,
        String hash) {
}
