package care.clearconsent.consent;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A consent event as stored, for the transparency log and its verifiers: where it is ({@code storageId}), which
 * journey and place in the chain it claims, the hash it carries, and the hash its stored fields give now. The two
 * hashes differ when the document was changed after it was written. Read field by field, so a document changed into
 * something the application could not even load still shows, as changed.
 */
public record StoredEvent(String storageId, String journeyId, long seq, @Nullable Instant at, String previousHash, String hash,
                          String recomputedHash) {

    /** What the first event of a journey names as the hash before it. */
    public static final String GENESIS = care.clearconsent.consent.internal.EventHasher.GENESIS;

    public boolean intact() {
        return hash.equals(recomputedHash);
    }
}
