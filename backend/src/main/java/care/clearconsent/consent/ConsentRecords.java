package care.clearconsent.consent;

import care.clearconsent.consent.internal.EventCanonicalForm;
import care.clearconsent.consent.internal.EventLedger;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Read access to the stored consent events for the evidence log: in the order they were stored, one by one, and the
 * per-journey chains. Reads the documents as they are, so a change made behind the application's back shows.
 */
@Service
public class ConsentRecords {

    private static final String COLLECTION = "consent_events";
    private static final int WHOLE_STORE_PAGE = 5_000;

    private final MongoTemplate mongo;
    private final EventLedger ledger;
    private final care.clearconsent.consent.internal.PersonalDataVault vault;

    ConsentRecords(MongoTemplate mongo, EventLedger ledger, care.clearconsent.consent.internal.PersonalDataVault vault) {
        this.mongo = mongo;
        this.ledger = ledger;
        this.vault = vault;
    }

    /**
     * Personal data of a journey still held apart from the chain, each with the exact text its event commits to, so
     * an outside verifier can check that the data shown is the data committed. Erased data is absent.
     */
    public List<CommittedData> committedData(JourneyId journeyId) {
        return ledger.events(journeyId).stream()
                .filter(event -> event.fact() instanceof JourneyFact.SealsPersonalData sealed && sealed.personalData() != null
                        && sealed.personalCommitment() != null)
                .flatMap(event -> {
                    JourneyFact.SealsPersonalData sealed = (JourneyFact.SealsPersonalData) event.fact();
                    return vault.open(sealed.personalData(), journeyId.value(), sealed.personalCommitment())
                            .map(opened -> new CommittedData(event.seq(), sealed.personalCommitment(), opened.committedText())).stream();
                }).toList();
    }

    /** Personal data committed to by event {@code seq}: {@code SHA-256(committedText)} is {@code commitment}. */
    public record CommittedData(long seq, String commitment, String committedText) {
    }

    /**
     * Up to {@code limit} events stored after {@code afterStorageId} (all when null), in the order of their storage ids,
     * which grow with the time they were stored.
     */
    public List<StoredEvent> storedAfter(@org.jspecify.annotations.Nullable String afterStorageId, int limit) {
        Query query = new Query();
        if (afterStorageId != null) {
            query.addCriteria(Criteria.where("_id").gt(new ObjectId(afterStorageId)));
        }
        query.with(Sort.by(Sort.Direction.ASC, "_id")).limit(limit);
        return mongo.find(query, Document.class, COLLECTION).stream().map(this::stored).toList();
    }

    /**
     * Every stored event, in storage order, in pages of a few thousand: the embedded server answers a sorted query in
     * one reply, which must stay under the wire protocol's message limit.
     */
    public void forEachStored(java.util.function.Consumer<StoredEvent> action) {
        String cursor = null;
        for (List<StoredEvent> page = storedAfter(null, WHOLE_STORE_PAGE); !page.isEmpty(); page = storedAfter(cursor, WHOLE_STORE_PAGE)) {
            page.forEach(action);
            cursor = page.getLast().storageId();
        }
    }

    /** Whether the journey's chain holds: every hash right, every link to the event before, no gap, every event readable. */
    public boolean chainHolds(String journeyId) {
        try {
            return ledger.verify(new JourneyId(journeyId));
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /**
     * A journey's stored events in seq order as an outside verifier checks them: each with the exact text its hash is
     * taken of. An event that cannot be hashed at all carries an empty text, which no verifier accepts.
     */
    public List<HashedEvent> hashedEvents(JourneyId journeyId) {
        Query query = Query.query(Criteria.where("journeyId").is(journeyId.value())).with(Sort.by(Sort.Direction.ASC, "seq"));
        return mongo.find(query, Document.class, COLLECTION).stream().map(document -> new HashedEvent(String.valueOf(document.get("_id")),
                document.get("seq") instanceof Number seq ? seq.longValue() : -1,
                document.get("hashVersion") instanceof Number version ? version.intValue() : 0,
                String.valueOf(document.get("hash")),
                EventCanonicalForm.hashedText(document, mongo.getConverter()).orElse(""))).toList();
    }

    /** Every journey id that stored events carry, as stored. */
    public List<String> journeysWithEvents() {
        return mongo.findDistinct(new Query(), "journeyId", COLLECTION, String.class);
    }

    private StoredEvent stored(Document document) {
        String recomputed = EventCanonicalForm.recompute(document, mongo.getConverter());
        Object seq = document.get("seq");
        Object at = document.get("at");
        return new StoredEvent(String.valueOf(document.get("_id")), String.valueOf(document.get("journeyId")),
                seq instanceof Number number ? number.longValue() : -1, at instanceof java.util.Date date ? date.toInstant() : null,
                String.valueOf(document.get("previousHash")), String.valueOf(document.get("hash")), recomputed);
    }
}
