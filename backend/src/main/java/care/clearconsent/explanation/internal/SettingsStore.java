package care.clearconsent.explanation.internal;

import care.clearconsent.explanation.SettingChange;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Institution settings changed by an administrator: the value in force per setting, and an append-only trail of every
 * change (before, after, who, when, and the content version it published).
 */
@Component
public class SettingsStore {

    static final String VALUES = "institution_settings";
    static final String TRAIL = "institution_settings_changes";

    private final MongoTemplate mongo;

    SettingsStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        mongo.findAll(Document.class, VALUES).forEach(value -> values.put(value.getString("_id"), value.getString("value")));
        return values;
    }

    /** The trail entry first, then the value: a value in force always has the change that set it. */
    public void save(String setting, @Nullable String before, String after, String by, Instant at, @Nullable String publishedVersion) {
        mongo.insert(new Document("_id", UUID.randomUUID().toString()).append("at", Date.from(at)).append("setting", setting)
                .append("before", before).append("after", after).append("by", by).append("publishedVersion", publishedVersion), TRAIL);
        mongo.upsert(Query.query(Criteria.where("_id").is(setting)), new Update().set("value", after).set("changedBy", by).set("changedAt", Date.from(at)),
                VALUES);
    }

    public List<SettingChange> trail(int limit) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "at")).limit(limit), Document.class, TRAIL).stream()
                .map(entry -> new SettingChange(entry.getDate("at").toInstant(), entry.getString("setting"), entry.getString("before"),
                        entry.getString("after"), entry.getString("by"), entry.getString("publishedVersion"))).toList();
    }
}
