package care.clearconsent.evidence;

import care.clearconsent.consent.ConsentRecords;
import care.clearconsent.consent.StoredEvent;
import care.clearconsent.evidence.Checkpoints.Checkpoint;
import care.clearconsent.evidence.TransparencyLog.Leaf;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Verifies the whole store: every event against the leaf the log recorded for it (and its own fields), every
 * journey's chain, the tree against every signed checkpoint, each checkpoint's signature, and the checkpoints in the
 * database against those in the file outside it. Every problem names the journey and event, leaf or checkpoint.
 */
@Service
public class LogVerifier {

    /** An event whose time is this much older than a checkpoint that left it out was put in afterwards. */
    private static final Duration BACKDATING_TOLERANCE = Duration.ofMinutes(2);

    private final TransparencyLog log;
    private final Checkpoints checkpoints;
    private final ConsentRecords records;

    LogVerifier(TransparencyLog log, Checkpoints checkpoints, ConsentRecords records) {
        this.log = log;
        this.checkpoints = checkpoints;
        this.records = records;
    }

    /** What the verification found: how much it checked, and each problem in plain words. */
    public record Report(long leaves, int journeys, int checkpoints, List<String> problems) {

        public boolean intact() {
            return problems.isEmpty();
        }
    }

    public Report verifyDatabase() {
        log.sequence();
        List<String> problems = new ArrayList<>();
        List<Checkpoint> signed = checkpoints.all();
        // One pass over the stored events (in storage order), then one over the leaves: the cost grows with the store once.
        Map<String, StoredEvent> byStorageId = new HashMap<>();
        Map<String, List<StoredEvent>> byJourney = new LinkedHashMap<>();
        records.forEachStored(event -> {
            byStorageId.put(event.storageId(), event);
            byJourney.computeIfAbsent(event.journeyId(), journey -> new ArrayList<>()).add(event);
        });
        long leaves = checkLeaves(signed, byStorageId, problems);
        byJourney.forEach((journey, events) -> {
            if (!chainHolds(events)) {
                problems.add("Journey " + journey + ": its chain of events is broken (an event was changed, removed, added or moved).");
            }
        });
        checkCheckpointFile(signed, problems);
        return new Report(leaves, byJourney.size(), signed.size(), List.copyOf(problems));
    }

    /** Every event intact, numbered 1, 2, 3... without a gap, each naming the hash of the one before. */
    private static boolean chainHolds(List<StoredEvent> events) {
        List<StoredEvent> ordered = new ArrayList<>(events);
        ordered.sort(java.util.Comparator.comparingLong(StoredEvent::seq));
        String previous = StoredEvent.GENESIS;
        long expected = 1;
        for (StoredEvent event : ordered) {
            if (event.seq() != expected++ || !event.previousHash().equals(previous) || !event.intact()) {
                return false;
            }
            previous = event.hash();
        }
        return true;
    }

    private long checkLeaves(List<Checkpoint> signed, Map<String, StoredEvent> events, List<String> problems) {
        Iterator<Checkpoint> pending = signed.iterator();
        Checkpoint[] next = {pending.hasNext() ? pending.next() : null};
        Deque<Subtree> range = new ArrayDeque<>();
        long[] index = {0};
        boolean[] gap = {false};
        log.forEachLeaf(leaf -> {
            if (gap[0]) {
                return;
            }
            if (leaf.index() != index[0]) {
                problems.add("Leaf " + index[0] + " of the log is missing.");
                gap[0] = true;
                return;
            }
            checkLeaf(leaf, Optional.ofNullable(events.get(leaf.eventId())), latestBefore(signed, index[0]), problems);
            push(range, leaf.leafHash());
            index[0]++;
            while (next[0] != null && next[0].size() == index[0]) {
                checkCheckpoint(next[0], root(range), problems);
                next[0] = pending.hasNext() ? pending.next() : null;
            }
        });
        while (next[0] != null) {
            problems.add("Checkpoint of size " + next[0].size() + ": the log has only " + index[0] + " entries; entries it covered were removed.");
            next[0] = pending.hasNext() ? pending.next() : null;
        }
        return index[0];
    }

    private void checkLeaf(Leaf leaf, Optional<StoredEvent> stored, Optional<Checkpoint> signedBefore, List<String> problems) {
        String where = "Journey " + leaf.journeyId() + ", event " + leaf.seq() + " (log entry " + leaf.index() + ")";
        if (!Arrays.equals(leaf.leafHash(), Merkle.leafHash(TransparencyLog.hashBytes(leaf.eventHash())))) {
            problems.add(where + ": the log entry itself was changed.");
        }
        if (stored.isEmpty()) {
            problems.add(where + ": the event was deleted.");
            return;
        }
        StoredEvent event = stored.get();
        if (!event.journeyId().equals(leaf.journeyId()) || event.seq() != leaf.seq()) {
            problems.add(where + ": the event was moved; it now claims journey " + event.journeyId() + ", event " + event.seq() + ".");
        }
        if (!event.intact()) {
            problems.add(where + ": the event was changed after it was stored (its fields no longer give its hash).");
        } else if (!event.hash().equals(leaf.eventHash())) {
            problems.add(where + ": the event was rewritten with a new hash; the log recorded a different one.");
        }
        signedBefore.filter(checkpoint -> event.at() != null && event.at().isBefore(checkpoint.signedAt().minus(BACKDATING_TOLERANCE))).ifPresent(checkpoint ->
                problems.add(where + ": the event says it happened at " + event.at() + " but was not in the checkpoint of size "
                        + checkpoint.size() + " signed at " + checkpoint.signedAt() + "; it was put in afterwards."));
    }

    private void checkCheckpoint(Checkpoint checkpoint, byte[] root, List<String> problems) {
        if (!checkpoints.signatureHolds(checkpoint)) {
            problems.add("Checkpoint of size " + checkpoint.size() + ": its signature is not valid for this institution's key.");
        }
        if (!Arrays.equals(root, checkpoint.root())) {
            problems.add("Checkpoint of size " + checkpoint.size() + ": the log's entries no longer give its root; entries it covered were changed.");
        }
    }

    private void checkCheckpointFile(List<Checkpoint> inDatabase, List<String> problems) {
        Map<Long, Checkpoint> inFile = checkpoints.fromFile().stream().collect(Collectors.toMap(Checkpoint::size, Function.identity(), (a, b) -> a));
        Map<Long, Checkpoint> stored = inDatabase.stream().collect(Collectors.toMap(Checkpoint::size, Function.identity()));
        inFile.forEach((size, checkpoint) -> {
            Checkpoint match = stored.get(size);
            if (match == null) {
                problems.add("Checkpoint of size " + size + " is in the checkpoint file but missing from the database.");
            } else if (!Arrays.equals(match.root(), checkpoint.root())) {
                problems.add("Checkpoint of size " + size + ": the database and the checkpoint file disagree on its root.");
            }
        });
        stored.keySet().stream().filter(size -> !inFile.containsKey(size)).forEach(size ->
                problems.add("Checkpoint of size " + size + " is in the database but not in the checkpoint file."));
    }

    /** The most recent checkpoint signed before leaf {@code index} was added: one whose size does not reach it. */
    private static Optional<Checkpoint> latestBefore(List<Checkpoint> signed, long index) {
        Checkpoint found = null;
        for (Checkpoint checkpoint : signed) {
            if (checkpoint.size() <= index) {
                found = checkpoint;
            }
        }
        return Optional.ofNullable(found);
    }

    /** A perfect subtree of the compact range: its number of leaves and its hash. */
    private record Subtree(long size, byte[] hash) {
    }

    /** Adds a leaf to the compact range, merging equal perfect subtrees as RFC 6962 does. */
    private static void push(Deque<Subtree> range, byte[] leafHash) {
        Subtree current = new Subtree(1, leafHash);
        while (!range.isEmpty() && range.peekLast().size() == current.size()) {
            Subtree left = range.pollLast();
            current = new Subtree(left.size() * 2, Merkle.nodeHash(left.hash(), current.hash()));
        }
        range.addLast(current);
    }

    private static byte[] root(Deque<Subtree> range) {
        Iterator<Subtree> fromRight = range.descendingIterator();
        byte[] root = fromRight.next().hash();
        while (fromRight.hasNext()) {
            root = Merkle.nodeHash(fromRight.next().hash(), root);
        }
        return root;
    }
}
