package care.clearconsent.consent.internal;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A link that opens a journey on a tablet. Only the SHA-256 of the token is kept, so a database copy opens nothing. */
@Document("journey_links")
public record JourneyLinkDocument(@Id String tokenHash, String journeyId, Instant issuedAt, String issuedBy) {
}
