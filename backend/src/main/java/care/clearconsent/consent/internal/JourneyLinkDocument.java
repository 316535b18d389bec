package care.clearconsent.consent.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A link that opens a journey once. Only the SHA-256 of the token is kept, so a database copy opens nothing. A link is
 * good until {@code expiresAt}, once: {@code usedAt} is set when it is exchanged for a patient session, {@code revokedAt}
 * when a newer link is issued or the journey ends. A link stored without an expiry (from before links expired) is dead.
 */
@Document("journey_links")
public record JourneyLinkDocument(@Id String tokenHash, String journeyId, Instant issuedAt, String issuedBy,
                                  @Nullable Instant expiresAt, @Nullable Instant usedAt, @Nullable Instant revokedAt,
                                  @Nullable String purpose) {

    /** A link that opens an ended, agreed journey only to withdraw from it. */
    public static final String WITHDRAW = "withdraw";
    /** A link that opens an ended journey only to read its receipt (sent by text message after the end). */
    public static final String RECEIPT = "receipt";
}
