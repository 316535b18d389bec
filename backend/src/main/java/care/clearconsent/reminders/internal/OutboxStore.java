package care.clearconsent.reminders.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The outbox in the store. A sweeper reads which messages are due, then takes each with one atomic find-and-modify
 * (SCHEDULED to SENDING, naming itself and a lease), and every later change is guarded by that claim, so a sweeper that lost its claim (its lease ran
 * out while it hung) cannot overwrite what another one recorded.
 */
@Component
public class OutboxStore {

    public static final String SCHEDULED = "SCHEDULED";
    public static final String SENDING = "SENDING";

    private final MongoTemplate mongo;

    OutboxStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** False when a message for the same purpose exists already. */
    public boolean insert(OutboxDocument message) {
        try {
            mongo.insert(message);
            return true;
        } catch (org.springframework.dao.DuplicateKeyException alreadyScheduled) {
            return false;
        }
    }

    /** The ids of due messages, oldest due first: one read per sweep, then each is claimed on its own. */
    public List<String> dueIds(Instant now, int limit) {
        Query due = Query.query(Criteria.where("state").is(SCHEDULED).and("dueAt").lte(now)).with(Sort.by("dueAt", "_id")).limit(limit);
        due.fields().include("_id");
        return mongo.find(due, org.bson.Document.class, "sms_outbox").stream().map(document -> document.getString("_id")).toList();
    }

    /** Takes the message if it is still scheduled and due: empty when another sweeper took it first. */
    public Optional<OutboxDocument> claim(String id, Instant now, String sweeper, Instant leaseUntil) {
        Query due = Query.query(Criteria.where("_id").is(id).and("state").is(SCHEDULED).and("dueAt").lte(now));
        Update claim = Update.update("state", SENDING).set("claimedBy", sweeper).set("leaseUntil", leaseUntil)
                .push("history", new OutboxDocument.HistoryEntry(now, SENDING, "claimed by " + sweeper));
        return Optional.ofNullable(mongo.findAndModify(due, claim, FindAndModifyOptions.options().returnNew(true), OutboxDocument.class));
    }

    /** Messages whose sweeper stopped while sending (its lease ran out) go back to the queue, to be looked up first. */
    public int releaseExpiredClaims(Instant now) {
        Query expired = Query.query(Criteria.where("state").is(SENDING).and("leaseUntil").lt(now));
        Update release = Update.update("state", SCHEDULED).set("lookUpFirst", true).set("claimedBy", null).set("leaseUntil", null)
                .push("history", new OutboxDocument.HistoryEntry(now, SCHEDULED, "the sender stopped while sending: Twilio is asked before any resend"));
        return (int) mongo.updateMulti(expired, release, OutboxDocument.class).getModifiedCount();
    }

    /** Appointment reminders not sent before the appointment are never sent. */
    public int cancelOverdue(Instant now) {
        Query overdue = Query.query(Criteria.where("state").is(SCHEDULED).and("notAfter").lte(now));
        Update cancel = Update.update("state", "CANCELLED").set("lastError", "the appointment has passed")
                .push("history", new OutboxDocument.HistoryEntry(now, "CANCELLED", "the appointment has passed"));
        return (int) mongo.updateMulti(overdue, cancel, OutboxDocument.class).getModifiedCount();
    }

    /** Records what this sweeper learned, only while it still holds the claim. */
    public boolean update(String id, String sweeper, Update change) {
        Query held = Query.query(Criteria.where("_id").is(id).and("state").is(SENDING).and("claimedBy").is(sweeper));
        return mongo.updateFirst(held, change, OutboxDocument.class).getModifiedCount() == 1;
    }

    /** A status Twilio reported for a message it took. */
    public boolean report(String id, List<String> fromStates, String state, @Nullable String error, Instant at, String detail) {
        Query known = Query.query(Criteria.where("_id").is(id).and("state").in(fromStates));
        Update change = Update.update("state", state).push("history", new OutboxDocument.HistoryEntry(at, state, detail));
        if (error != null) {
            change.set("lastError", error);
        }
        return mongo.updateFirst(known, change, OutboxDocument.class).getModifiedCount() == 1;
    }

    public int cancelScheduledOf(String patientId, Instant at, String why) {
        Query scheduled = Query.query(Criteria.where("patientId").is(patientId).and("state").is(SCHEDULED));
        Update cancel = Update.update("state", "CANCELLED").set("lastError", why).push("history", new OutboxDocument.HistoryEntry(at, "CANCELLED", why));
        return (int) mongo.updateMulti(scheduled, cancel, OutboxDocument.class).getModifiedCount();
    }

    public Optional<OutboxDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, OutboxDocument.class));
    }

    public List<OutboxDocument> ofPatient(String patientId) {
        return mongo.find(Query.query(Criteria.where("patientId").is(patientId)).with(Sort.by(Sort.Direction.DESC, "dueAt")).limit(100),
                OutboxDocument.class);
    }

    public List<OutboxDocument> inStates(List<String> states, int limit) {
        return mongo.find(Query.query(Criteria.where("state").in(states)).with(Sort.by(Sort.Direction.DESC, "dueAt")).limit(limit),
                OutboxDocument.class);
    }

    /** The patients messages were sent to at this number: who a STOP reply from it is from. */
    public List<String> patientsAt(String toKey) {
        return mongo.findDistinct(Query.query(Criteria.where("toKey").is(toKey)), "patientId", OutboxDocument.class, String.class);
    }
}
