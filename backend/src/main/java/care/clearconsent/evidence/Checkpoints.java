package care.clearconsent.evidence;

import care.clearconsent.evidence.internal.CheckpointDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Signed checkpoints of the log (C2SP tlog-checkpoint in a signed note, Ed25519): each new one is proved consistent
 * with the one before (an RFC 6962 consistency proof) before it is kept, and is also appended, as one JSON line, to a
 * file outside the database. A checkpoint that does not extend the last one raises an alarm and is not signed.
 */
@Service
public class Checkpoints {

    static final String FILE = "checkpoints.jsonl";
    private static final HexFormat HEX = HexFormat.of();

    private final TransparencyLog log;
    private final MongoTemplate mongo;
    private final EvidenceProperties properties;
    private final Alarms alarms;
    private final Clock clock;
    private final InstitutionKey key;

    Checkpoints(TransparencyLog log, MongoTemplate mongo, EvidenceProperties properties, Alarms alarms, Clock clock, Environment environment) {
        this.log = log;
        this.mongo = mongo;
        this.properties = properties;
        this.alarms = alarms;
        this.clock = clock;
        this.key = InstitutionKey.load(properties, environment.acceptsProfiles(Profiles.of("prod")));
    }

    /** Sequences new events and, when the tree grew, signs and keeps a checkpoint of it. */
    public synchronized Optional<Checkpoint> sign() {
        log.sequence();
        long size = log.size();
        Optional<Checkpoint> last = latest();
        if (size == 0 || last.map(previous -> previous.size() >= size).orElse(false)) {
            return Optional.empty();
        }
        byte[] root = log.root(size);
        if (last.isPresent() && !extends_(last.get(), size, root)) {
            return Optional.empty();
        }
        String text = properties.logName() + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\n";
        Checkpoint checkpoint = new Checkpoint(size, root, SignedNote.sign(text, properties.logName(), key), clock.instant());
        mongo.insert(new CheckpointDocument(size, HEX.formatHex(root), checkpoint.note(), checkpoint.signedAt()));
        appendToFile(checkpoint);
        return Optional.of(checkpoint);
    }

    public Optional<Checkpoint> latest() {
        return Optional.ofNullable(mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1), CheckpointDocument.class))
                .map(Checkpoints::checkpoint);
    }

    /** Every checkpoint ever signed, oldest first. */
    public List<Checkpoint> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.ASC, "_id")), CheckpointDocument.class).stream().map(Checkpoints::checkpoint).toList();
    }

    /** The checkpoints as written to the file outside the database, oldest first. */
    public List<Checkpoint> fromFile() {
        Path file = file();
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).map(Checkpoints::fromJsonLine).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checkpoint file " + file, e);
        }
    }

    /** The key that checks this institution's checkpoints and packs: safe to publish. */
    public String verifierKey() {
        return SignedNote.verifierKey(properties.logName(), key.rawPublicKey());
    }

    /** Signs a statement of this institution (a pack's manifest) as a signed note under the log's name and key. */
    String signStatement(String text) {
        return SignedNote.sign(text, properties.logName(), key);
    }

    String logName() {
        return properties.logName();
    }

    /** Whether a checkpoint's note is signed by this institution's key and says what the checkpoint says. */
    public boolean signatureHolds(Checkpoint checkpoint) {
        String expected = properties.logName() + "\n" + checkpoint.size() + "\n" + Base64.getEncoder().encodeToString(checkpoint.root()) + "\n";
        return SignedNote.verify(checkpoint.note(), verifierKey()).filter(expected::equals).isPresent();
    }

    /** A signed checkpoint: the tree's size and root, when, and the note that carries the signature. */
    public record Checkpoint(long size, byte[] root, String note, Instant signedAt) {
    }

    private boolean extends_(Checkpoint previous, long size, byte[] root) {
        if (!signatureHolds(previous)) {
            alarms.raise("The checkpoint of size " + previous.size() + " does not carry a valid signature of this institution.");
            return false;
        }
        if (!Merkle.verifyConsistency(previous.size(), size, log.consistencyProof(previous.size(), size), previous.root(), root)) {
            alarms.raise("The log of size " + size + " does not extend the signed checkpoint of size " + previous.size()
                    + ": entries it covered were changed or removed.");
            return false;
        }
        return true;
    }

    private void appendToFile(Checkpoint checkpoint) {
        Path file = file();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("size", checkpoint.size());
        line.put("root", HEX.formatHex(checkpoint.root()));
        line.put("signedAt", checkpoint.signedAt().toString());
        line.put("note", checkpoint.note());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, care.clearconsent.content.CanonicalJson.write(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            alarms.raise("The checkpoint of size " + checkpoint.size() + " could not be written to " + file + ": " + e.getMessage());
        }
    }

    private Path file() {
        return Path.of(properties.directory()).toAbsolutePath().normalize().resolve(FILE);
    }

    @SuppressWarnings("unchecked")
    private static Checkpoint fromJsonLine(String line) {
        Map<String, Object> fields = care.clearconsent.content.CanonicalJson.read(line, Map.class);
        return new Checkpoint(((Number) fields.get("size")).longValue(), HEX.parseHex((String) fields.get("root")), (String) fields.get("note"),
                Instant.parse((String) fields.get("signedAt")));
    }

    private static Checkpoint checkpoint(CheckpointDocument document) {
        return new Checkpoint(document.size(), HEX.parseHex(document.rootHash()), document.note(), document.signedAt());
    }
}
