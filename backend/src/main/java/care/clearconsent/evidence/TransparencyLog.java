package care.clearconsent.evidence;

import care.clearconsent.consent.ConsentRecords;
import care.clearconsent.consent.StoredEvent;
import care.clearconsent.evidence.internal.LeafDocument;
import care.clearconsent.evidence.internal.NodeDocument;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * One institution-wide, append-only Merkle tree (RFC 6962) whose leaves are the consent events' hashes in the order
 * they were stored. A sequencer adds the events stored since its last run; the hashes of perfect subtrees are kept, so
 * a root or a proof costs a logarithmic number of reads at any size.
 */
@Service
public class TransparencyLog {

    /** Events may be stored slightly out of the order of their storage ids (ids are drawn before the insert). */
    private static final Duration STORAGE_ORDER_SLACK = Duration.ofMinutes(1);
    private static final int BATCH = 5_000;
    private static final HexFormat HEX = HexFormat.of();

    private final MongoTemplate mongo;
    private final ConsentRecords records;
    private final Clock clock;

    TransparencyLog(MongoTemplate mongo, ConsentRecords records, Clock clock) {
        this.mongo = mongo;
        this.records = records;
        this.clock = clock;
    }

    /** Appends every stored event not yet in the log, oldest first; returns how many were added. */
    public synchronized int sequence() {
        int added = 0;
        String cursor = lastLeaf().map(leaf -> ObjectId.getSmallestWithDate(java.util.Date.from(
                new ObjectId(leaf.eventId()).getDate().toInstant().minus(STORAGE_ORDER_SLACK))).toHexString()).orElse(null);
        // The size is read once: finding the last leaf is a sort on the embedded server, too slow to repeat per leaf.
        long next = size();
        while (true) {
            List<StoredEvent> batch = records.storedAfter(cursor, BATCH);
            if (batch.isEmpty()) {
                return added;
            }
            Set<String> known = alreadySequenced(batch);
            for (StoredEvent event : batch) {
                if (known.contains(event.storageId())) {
                    continue;
                }
                if (!append(event, next)) {
                    return added;
                }
                next++;
                added++;
            }
            cursor = batch.getLast().storageId();
        }
    }

    /** How many leaves the tree has. */
    public long size() {
        return lastLeaf().map(leaf -> leaf.index() + 1).orElse(0L);
    }

    /** The root of the tree made of the first {@code size} leaves. */
    public byte[] root(long size) {
        if (size < 0 || size > size()) {
            throw new IllegalArgumentException("The log has no tree of size " + size);
        }
        return size == 0 ? Merkle.emptyRoot() : subtree(0, size);
    }

    public List<byte[]> inclusionProof(long index, long size) {
        return Merkle.inclusionProof(index, size, this::subtree);
    }

    public List<byte[]> consistencyProof(long size1, long size2) {
        return Merkle.consistencyProof(size1, size2, this::subtree);
    }

    /** The leaves from {@code from}, in order, at most {@code limit}. */
    public List<Leaf> leaves(long from, int limit) {
        Query query = Query.query(Criteria.where("_id").gte(from)).with(Sort.by(Sort.Direction.ASC, "_id")).limit(limit);
        return mongo.find(query, LeafDocument.class).stream().map(TransparencyLog::leaf).toList();
    }

    /** Every leaf in order, in pages (a sorted reply of the embedded server must stay under the message limit). */
    public void forEachLeaf(java.util.function.Consumer<Leaf> action) {
        long from = 0;
        for (List<Leaf> page = leaves(0, BATCH); !page.isEmpty(); page = leaves(from, BATCH)) {
            page.forEach(action);
            from = page.getLast().index() + 1;
        }
    }

    /** The leaves standing for the given events (by storage id), keyed by event; events not yet sequenced are absent. */
    public java.util.Map<String, Leaf> leavesOf(List<String> eventIds) {
        Query query = Query.query(Criteria.where("eventId").in(eventIds));
        return mongo.find(query, LeafDocument.class).stream().map(TransparencyLog::leaf)
                .collect(Collectors.toMap(Leaf::eventId, leaf -> leaf));
    }

    /** A leaf: the event it stands for and the hashes recorded for it when it was added. */
    public record Leaf(long index, String eventId, String journeyId, long seq, String eventHash, byte[] leafHash) {
    }

    /** The root hash of the leaves {@code [from, to)}: a stored perfect subtree, or built from them. */
    byte[] subtree(long from, long to) {
        long width = to - from;
        if (Long.bitCount(width) == 1 && from % width == 0) {
            return perfect(Long.numberOfTrailingZeros(width), from / width);
        }
        long split = from + Merkle.largestPowerOfTwoBelow(width);
        return Merkle.nodeHash(subtree(from, split), subtree(split, to));
    }

    private byte[] perfect(int level, long index) {
        if (level == 0) {
            LeafDocument leaf = mongo.findById(index, LeafDocument.class);
            if (leaf == null) {
                throw new IllegalStateException("Leaf " + index + " of the transparency log is missing");
            }
            return HEX.parseHex(leaf.leafHash());
        }
        NodeDocument node = mongo.findById(NodeDocument.id(level, index), NodeDocument.class);
        if (node != null) {
            return HEX.parseHex(node.hash());
        }
        // Not yet written (a crash between a leaf and its parents): built from its children and kept.
        byte[] hash = Merkle.nodeHash(perfect(level - 1, 2 * index), perfect(level - 1, 2 * index + 1));
        mongo.save(new NodeDocument(NodeDocument.id(level, index), HEX.formatHex(hash)));
        return hash;
    }

    private boolean append(StoredEvent event, long index) {
        byte[] leafHash = Merkle.leafHash(hashBytes(event.hash()));
        try {
            mongo.insert(new LeafDocument(index, event.storageId(), event.journeyId(), event.seq(), event.hash(),
                    HEX.formatHex(leafHash), clock.instant()));
        } catch (DuplicateKeyException anotherSequencer) {
            // Another instance sequenced at the same time; it will carry on.
            return false;
        }
        for (int level = 1; (index + 1) % (1L << level) == 0; level++) {
            long node = ((index + 1) >> level) - 1;
            byte[] hash = Merkle.nodeHash(perfect(level - 1, 2 * node), perfect(level - 1, 2 * node + 1));
            mongo.save(new NodeDocument(NodeDocument.id(level, node), HEX.formatHex(hash)));
        }
        return true;
    }

    /** An event's hash as bytes; a stored hash that is not hex (a changed document) is logged as its UTF-8 text. */
    static byte[] hashBytes(String hash) {
        try {
            return HEX.parseHex(hash);
        } catch (IllegalArgumentException notHex) {
            return hash.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private Set<String> alreadySequenced(List<StoredEvent> batch) {
        Query query = Query.query(Criteria.where("eventId").in(batch.stream().map(StoredEvent::storageId).toList()));
        return mongo.find(query, LeafDocument.class).stream().map(LeafDocument::eventId).collect(Collectors.toSet());
    }

    private Optional<LeafDocument> lastLeaf() {
        return Optional.ofNullable(mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1), LeafDocument.class));
    }

    private static Leaf leaf(LeafDocument document) {
        return new Leaf(document.index(), document.eventId(), document.journeyId(), document.seq(), document.eventHash(),
                HEX.parseHex(document.leafHash()));
    }
}
