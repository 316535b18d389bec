package care.clearconsent.explanation;

import care.clearconsent.content.ContentHash;
import care.clearconsent.content.ContentLoader;
import care.clearconsent.content.ContentPackage;
import care.clearconsent.explanation.internal.ContentSnapshot;
import care.clearconsent.explanation.internal.ContentSnapshotRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Publishes the shipped content as an immutable snapshot at start and serves any published version by hash,
 * so the exact text a patient was shown can always be recovered.
 */
@Service
public class ExplanationCatalogue {

    private static final Logger log = LoggerFactory.getLogger(ExplanationCatalogue.class);

    private final ContentSnapshotRepository snapshots;
    private final PublishedContent current;
    private final Map<String, PublishedContent> byHash = new ConcurrentHashMap<>();

    public ExplanationCatalogue(ContentSnapshotRepository snapshots, Clock clock) {
        this.snapshots = snapshots;
        this.current = publish(ContentLoader.loadShipped(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        byHash.put(current.hash(), current);
    }

    /** The version new journeys are started on. */
    public PublishedContent current() {
        return current;
    }

    public Optional<PublishedContent> byHash(String hash) {
        PublishedContent cached = byHash.get(hash);
        if (cached != null) {
            return Optional.of(cached);
        }
        return snapshots.findById(hash).map(ExplanationCatalogue::toPublished).map(found -> {
            byHash.put(hash, found);
            return found;
        });
    }

    private PublishedContent publish(ContentPackage content, Instant now) {
        String json = ContentHash.canonicalJson(content);
        String hash = ContentHash.sha256(json);
        Optional<ContentSnapshot> existing = snapshots.findById(hash);
        if (existing.isPresent()) {
            return toPublished(existing.get());
        }
        try {
            snapshots.insert(new ContentSnapshot(hash, content.version(), json, now));
            log.info("Published content version {} ({})", content.version(), hash);
        } catch (DuplicateKeyException alreadyPublishedByAnotherInstance) {
            return snapshots.findById(hash).map(ExplanationCatalogue::toPublished).orElseThrow();
        }
        return new PublishedContent(hash, content, now);
    }

    private static PublishedContent toPublished(ContentSnapshot snapshot) {
        return new PublishedContent(snapshot.id(), ContentHash.fromCanonicalJson(snapshot.canonicalJson()), snapshot.publishedAt());
    }
}
