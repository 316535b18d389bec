package care.clearconsent.evidence.internal;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Leaf {@code index} of the transparency log: the consent event it stands for (by storage id, journey and seq), the
 * event's hash as it was when sequenced, and the RFC 6962 leaf hash of it. Inserted once, never changed.
 */
@Document("tlog_leaves")
public record LeafDocument(@Id long index, @Indexed(unique = true) String eventId, String journeyId, long seq, String eventHash,
                           String leafHash, Instant sequencedAt) {
}
