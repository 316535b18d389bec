package care.clearconsent.evidence.internal;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A signed checkpoint: the tree's size and root at {@code signedAt}, and the signed note that says so. Kept forever. */
@Document("tlog_checkpoints")
public record CheckpointDocument(@Id long size, String rootHash, String note, Instant signedAt) {
}
