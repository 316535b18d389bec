package care.clearconsent.consent.internal;

import care.clearconsent.consent.DisplayModes;
import care.clearconsent.consent.JourneyFact;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored journey event. Inserted once, never updated: the unique (journeyId, seq) index that {@link EventLedger}
 * creates makes two concurrent appends collide, so the chain of hashes can never fork. {@code hashVersion} names the
 * form its hash was computed in ({@link EventCanonicalForm}; absent in events from before it) and {@code factType}
 * the fixed name of its fact's type.
 */
@Document("consent_events")
public record EventDocument(
        @Id @Nullable String id,
        String journeyId,
        long seq,
        Instant at,
        String actorKind,
        String actorId,
        String device,
        String patientId,
        String contentVersion,
        String language,
        DisplayModes modes,
        JourneyFact fact,
        String previousHash,
        String hash,
        @Nullable Integer hashVersion,
        @Nullable String factType) {
}
