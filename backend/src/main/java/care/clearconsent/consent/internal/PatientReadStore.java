package care.clearconsent.consent.internal;

import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** {@code patient_reads}: inserts only; nothing here updates or deletes a read. */
@Component
public class PatientReadStore {

    private final MongoTemplate mongo;

    PatientReadStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void append(String journeyId, Instant at, String device, String what) {
        mongo.insert(new PatientReadDocument(null, journeyId, at, device, what));
    }

    public List<PatientReadDocument> of(String journeyId) {
        return mongo.find(Query.query(Criteria.where("journeyId").is(journeyId)).with(Sort.by("at", "_id")), PatientReadDocument.class);
    }

    @Document("patient_reads")
    public record PatientReadDocument(@Id ObjectId id, @Indexed String journeyId, Instant at, String device, String what) {
    }
}
