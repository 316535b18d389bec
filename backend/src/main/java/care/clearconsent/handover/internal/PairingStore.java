package care.clearconsent.handover.internal;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Pairings between a tablet's code and a nurse's choice of patient. Short-lived working records, not evidence (the
 * journey's own events are): removed once the tablet has its journey or its code has expired. Only keyed or hashed
 * forms of the code and the tablet's secret are stored.
 */
@Component
public class PairingStore {

    static final String COLLECTION = "tablet_pairings";

    public enum State {
        WAITING, PAIRED
    }

    /** A pairing as stored; the patient, journey and nurse are set once a nurse paired it. */
    public record Pairing(String id, String codeKey, String secretHash, State state, Instant expiresAt, String patientId, String resumeJourney,
                          String nurse) {
    }

    private final MongoTemplate mongo;

    PairingStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("codeKey", Sort.Direction.ASC).unique());
    }

    /** Stores a waiting pairing; false when a live pairing already has this code (the caller draws another). */
    public boolean insertWaiting(String id, String codeKey, String secretHash, Instant createdAt, Instant expiresAt) {
        Document document = new Document("_id", id).append("codeKey", codeKey).append("secretHash", secretHash).append("state", State.WAITING.name())
                .append("createdAt", Date.from(createdAt)).append("expiresAt", Date.from(expiresAt));
        try {
            mongo.insert(document, COLLECTION);
            return true;
        } catch (DuplicateKeyException codeInUse) {
            // An abandoned tablet's expired code may still hold the key: it is free again.
            byCode(codeKey).filter(other -> !other.expiresAt().isAfter(createdAt)).ifPresent(expired -> remove(expired.id()));
            return false;
        }
    }

    public Optional<Pairing> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(PairingStore::pairing);
    }

    /** An exact look-up on the unique code key, which every store answers from its index. */
    public Optional<Pairing> byCode(String codeKey) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("codeKey").is(codeKey)), Document.class, COLLECTION)).map(PairingStore::pairing);
    }

    /** Waiting becomes paired, once: of two nurses typing the same code, one wins. The code is then spent. */
    public boolean pair(String id, String patientId, String resumeJourney, String nurse, Instant at) {
        Update paired = new Update().set("state", State.PAIRED.name()).set("codeKey", "spent:" + id).set("patientId", patientId)
                .set("resumeJourney", resumeJourney).set("nurse", nurse).set("pairedAt", Date.from(at));
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(id).and("state").is(State.WAITING.name())), paired,
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION) != null;
    }

    /** Removes the pairing and says whether this call removed it: only one request opens the journey. */
    public boolean remove(String id) {
        return mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION).getDeletedCount() > 0;
    }

    private static Pairing pairing(Document document) {
        return new Pairing(document.getString("_id"), document.getString("codeKey"), document.getString("secretHash"),
                State.valueOf(document.getString("state")), document.getDate("expiresAt").toInstant(), document.getString("patientId"),
                document.getString("resumeJourney"), document.getString("nurse"));
    }
}
