package care.clearconsent.reminders.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Opt-outs and opt-ins as append-only events ({@code sms_preferences}), blocked numbers ({@code sms_blocked_numbers},
 * by blind index) and opt-out links ({@code sms_stop_links}, only their hash).
 */
@Component
public class ReminderPreferenceStore {

    private final MongoTemplate mongo;

    ReminderPreferenceStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void appendPreference(String patientId, Instant at, boolean optedOut, String how, String by) {
        mongo.insert(new PreferenceEvent(null, patientId, at, optedOut, how, by));
    }

    public Optional<PreferenceEvent> latestPreference(String patientId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("patientId").is(patientId)).with(Sort.by(Sort.Direction.DESC, "at", "_id")),
                PreferenceEvent.class));
    }

    public List<PreferenceEvent> preferences(String patientId) {
        return mongo.find(Query.query(Criteria.where("patientId").is(patientId)).with(Sort.by("at", "_id")), PreferenceEvent.class);
    }

    public void block(String toKey, byte[] numberCipher, Instant at, int code, String reason) {
        mongo.save(new BlockedNumber(toKey, numberCipher, at, code, reason));
    }

    public boolean blocked(String toKey) {
        return mongo.findById(toKey, BlockedNumber.class) != null;
    }

    public List<BlockedNumber> blockedNumbers() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "blockedAt")).limit(200), BlockedNumber.class);
    }

    public boolean unblock(String toKey) {
        return mongo.remove(Query.query(Criteria.where("_id").is(toKey)), BlockedNumber.class).getDeletedCount() == 1;
    }

    public void insertStopLink(String tokenHash, String patientId, Instant at) {
        mongo.insert(new StopLink(tokenHash, patientId, at));
    }

    public Optional<String> stopLinkPatient(String tokenHash) {
        return Optional.ofNullable(mongo.findById(tokenHash, StopLink.class)).map(StopLink::patientId);
    }

    @Document("sms_preferences")
    public record PreferenceEvent(@Id @Nullable ObjectId id, @Indexed String patientId, Instant at, boolean optedOut, String how, String by) {
    }

    @Document("sms_blocked_numbers")
    /** The number itself is encrypted, bound to its blind index; staff see only its end. */
    public record BlockedNumber(@Id String toKey, byte[] numberCipher, Instant blockedAt, int code, String reason) {
    }

    @Document("sms_stop_links")
    public record StopLink(@Id String tokenHash, String patientId, Instant createdAt) {
    }
}
