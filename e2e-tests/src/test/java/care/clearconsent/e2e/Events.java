package care.clearconsent.e2e;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/** Reads the stored consent events straight from the database the app writes to. */
final class Events {

    private Events() {
    }

    static List<Document> ofJourney(MongoDatabase database, String journeyId) {
        return database.getCollection("consent_events").find(Filters.eq("journeyId", journeyId)).sort(Sorts.ascending("seq")).into(new ArrayList<>());
    }

    static String journeyIdOfPatient(MongoDatabase database, String patientId) {
        Document journey = database.getCollection("journeys").find(Filters.eq("patientId", patientId)).first();
        if (journey == null) {
            throw new AssertionError("No journey stored for " + patientId);
        }
        return journey.getString("_id");
    }

    static long count(MongoDatabase database, String collection) {
        return database.getCollection(collection).countDocuments();
    }

    /** The fact's recorded type name, for example StepShown (stored with every event, independent of Java class names). */
    static String type(Document event) {
        return event.getString("factType");
    }

    static Document fact(Document event) {
        return event.get("fact", Document.class);
    }

    static List<Document> ofType(List<Document> events, String type) {
        return events.stream().filter(e -> type(e).equals(type)).toList();
    }
}
