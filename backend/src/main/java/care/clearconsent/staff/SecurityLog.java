package care.clearconsent.staff;

import care.clearconsent.shared.PersonNames;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Who signed in, failed, was locked out, signed out, and whose account or roles changed: append-only, so the
 * institution can answer for access to its workspace. Never holds a password, typed or hashed.
 */
@Service
public class SecurityLog {

    static final String COLLECTION = "staff_security_log";
    /** A failed sign-in records what was typed as the name; kept short so the field cannot carry anything else. */
    private static final int MAX_NAME = 60;

    private final MongoTemplate mongo;
    private final Clock clock;

    SecurityLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public void record(SecurityEvent.Kind kind, String username, String by, String address, List<String> roles) {
        Document entry = new Document("_id", UUID.randomUUID().toString())
                .append("at", Date.from(clock.instant()))
                .append("kind", kind.name())
                .append("username", shorten(username))
                .append("by", shorten(by))
                .append("address", shorten(address))
                .append("roles", List.copyOf(roles));
        mongo.insert(entry, COLLECTION);
    }

    /** The newest entries first. */
    public List<SecurityEvent> recent(int limit) {
        Query newest = new Query().with(Sort.by(Sort.Direction.DESC, "at")).limit(limit);
        return mongo.find(newest, Document.class, COLLECTION).stream()
                .map(entry -> new SecurityEvent(entry.getDate("at").toInstant(), SecurityEvent.Kind.valueOf(entry.getString("kind")),
                        entry.getString("username"), entry.getString("by"), entry.getString("address"), entry.getList("roles", String.class)))
                .toList();
    }

    private static String shorten(String text) {
        String clean = PersonNames.clean(text);
        return clean.length() > MAX_NAME ? clean.substring(0, MAX_NAME) + "…" : clean;
    }
}
