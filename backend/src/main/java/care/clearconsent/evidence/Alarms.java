package care.clearconsent.evidence;

import care.clearconsent.evidence.internal.AlarmDocument;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** What the log's checks found wrong: logged as an alarm at once and shown to administrators until marked seen. */
@Service
public class Alarms {

    private static final Logger LOG = LoggerFactory.getLogger(Alarms.class);

    private final MongoTemplate mongo;
    private final Clock clock;

    Alarms(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Logs the alarm and keeps it for administrators; a problem already raised (seen or not) is not raised twice. */
    public void raise(String message) {
        LOG.error("EVIDENCE ALARM: {}", message);
        if (!mongo.exists(Query.query(Criteria.where("message").is(message)), AlarmDocument.class)) {
            mongo.insert(new AlarmDocument(null, clock.instant(), message, null, null));
        }
    }

    /** Alarms no administrator has marked seen, newest first. */
    public List<Alarm> open() {
        return mongo.find(Query.query(Criteria.where("seenAt").isNull()).with(Sort.by(Sort.Direction.DESC, "raisedAt")), AlarmDocument.class)
                .stream().map(alarm -> new Alarm(String.valueOf(alarm.id()), alarm.raisedAt(), alarm.message())).toList();
    }

    public void markSeen(String id, String administrator) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(new org.bson.types.ObjectId(id))),
                Update.update("seenAt", clock.instant()).set("seenBy", administrator), AlarmDocument.class);
    }

    public record Alarm(String id, Instant raisedAt, String message) {
    }
}
