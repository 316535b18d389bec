package care.clearconsent.consent.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What a journey link was exchanged for: a secret held in one browser's cookie (only its SHA-256 is stored). Kept in
 * the database, not in the web session, so a restarted server still knows the tablet; {@code endedAt} is set when the
 * tablet is given back or another tablet takes the journey over. {@code handedOverBy} is the staff member who issued
 * the link (absent in sessions from before it was kept).
 */
@Document("patient_sessions")
public record PatientSessionDocument(@Id String secretHash, String journeyId, Instant createdAt, Instant expiresAt,
                                     @Nullable Instant endedAt, @Nullable String handedOverBy, @Nullable String purpose) {
}
