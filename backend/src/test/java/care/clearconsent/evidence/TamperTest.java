package care.clearconsent.evidence;

import care.clearconsent.patients.TestPatients;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.consent.Actor;
import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.JourneyId;
import care.clearconsent.consent.JourneyWalk;
import care.clearconsent.consent.Origin;
import care.clearconsent.consent.internal.EventCanonicalForm;
import care.clearconsent.consent.internal.EventHasher;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Whoever can write to the database tries to change the record: each attack works directly on the stored documents,
 * and the database verifier reports it, naming the journey and event. An untouched store verifies clean.
 */
// A store of its own: other test classes change events on purpose, and the verifier reads the whole store.
@SpringBootTest(properties = "clearconsent.evidence.log-name=tamper.test/consent-log")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class TamperTest {

    private static final String EVENTS = "consent_events";

    @Autowired
    LogVerifier verifier;
    @Autowired
    Checkpoints checkpoints;
    @Autowired
    ConsentJourneys journeys;
    @Autowired
    PatientRegistry patients;
    @Autowired
    MongoTemplate mongo;

    List<JourneyId> walked = new ArrayList<>();

    @BeforeEach
    void a_signed_store_of_three_journeys() {
        for (int i = 0; i < 3; i++) {
            Patient patient = patients.register(TestPatients.newPatient("Tamper " + (char) ('A' + i), "010-7000-000" + i), "nurse");
            JourneyId id = journeys.start(patient.id(), "nurse", "desk").id();
            JourneyWalk.toDecision(journeys, id, new Origin(Actor.patient(patient.id().value()), "web-tablet"));
            walked.add(id);
        }
        checkpoints.sign().orElseThrow();
        assertThat(verifier.verifyDatabase().problems()).as("untouched store").isEmpty();
    }

    @Test
    void a_thousand_random_single_field_changes_are_each_reported_naming_journey_and_event() {
        Random random = new Random(1000);
        List<Document> events = mongo.findAll(Document.class, EVENTS);
        int reported = 0;
        while (reported < 1000) {
            Document event = events.get(random.nextInt(events.size()));
            List<String> fields = leafFields(event, "");
            String field = fields.get(random.nextInt(fields.size()));
            Object original = valueAt(event, field);
            try {
                mongo.updateFirst(Query.query(Criteria.where("_id").is(event.get("_id"))), Update.update(field, mutated(original, random)), EVENTS);
            } catch (org.springframework.dao.DuplicateKeyException refusedByTheStore) {
                // The unique (journeyId, seq) index refuses this change: not an attack anyone can make. Draw another.
                continue;
            }

            List<String> problems = verifier.verifyDatabase().problems();
            String where = "Journey " + event.getString("journeyId") + ", event " + event.get("seq");
            boolean named = problems.stream().anyMatch(problem -> problem.startsWith(where));
            assertThat(named).as("changing " + field + " of " + where + " was reported: " + problems).isTrue();
            reported++;

            mongo.updateFirst(Query.query(Criteria.where("_id").is(event.get("_id"))), Update.update(field, original), EVENTS);
        }
        assertThat(reported).isEqualTo(1000);
        assertThat(verifier.verifyDatabase().problems()).as("every change undone").isEmpty();
    }

    @Test
    void deleting_a_journeys_last_event_is_reported() {
        JourneyId journey = walked.get(1);
        Document last = mongo.findOne(Query.query(Criteria.where("journeyId").is(journey.value())).with(
                org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "seq")).limit(1), Document.class, EVENTS);
        mongo.remove(Query.query(Criteria.where("_id").is(last.get("_id"))), EVENTS);

        assertThat(verifier.verifyDatabase().problems()).anyMatch(problem ->
                problem.startsWith("Journey " + journey.value() + ", event " + last.get("seq")) && problem.contains("deleted"));
    }

    @Test
    void deleting_a_whole_journey_is_reported() {
        JourneyId journey = walked.get(0);
        mongo.remove(Query.query(Criteria.where("journeyId").is(journey.value())), EVENTS);

        assertThat(verifier.verifyDatabase().problems()).anyMatch(problem -> problem.startsWith("Journey " + journey.value() + ", event 1")
                && problem.contains("deleted"));
    }

    @Test
    void a_journey_rewritten_with_every_hash_recomputed_is_reported() {
        JourneyId journey = walked.get(2);
        List<Document> events = mongo.find(Query.query(Criteria.where("journeyId").is(journey.value())).with(
                org.springframework.data.domain.Sort.by("seq")), Document.class, EVENTS);
        String previous = EventHasher.GENESIS;
        for (Document event : events) {
            event.put("device", "forged-device");
            event.put("previousHash", previous);
            String hash = EventCanonicalForm.hash(event);
            mongo.updateFirst(Query.query(Criteria.where("_id").is(event.get("_id"))),
                    Update.update("device", "forged-device").set("previousHash", previous).set("hash", hash), EVENTS);
            previous = hash;
        }

        List<String> problems = verifier.verifyDatabase().problems();
        assertThat(problems).anyMatch(problem -> problem.startsWith("Journey " + journey.value() + ", event 1") && problem.contains("rewritten"));
        assertThat(problems).noneMatch(problem -> problem.contains("chain of events is broken"));
    }

    @Test
    void an_event_moved_to_another_journey_is_reported() {
        JourneyId from = walked.get(0);
        JourneyId to = walked.get(1);
        long toLength = mongo.count(Query.query(Criteria.where("journeyId").is(to.value())), EVENTS);
        mongo.updateFirst(Query.query(Criteria.where("journeyId").is(from.value()).and("seq").is(3)),
                Update.update("journeyId", to.value()).set("seq", toLength + 1), EVENTS);

        assertThat(verifier.verifyDatabase().problems()).anyMatch(problem -> problem.startsWith("Journey " + from.value() + ", event 3")
                && problem.contains("moved"));
    }

    @Test
    void a_journey_put_in_afterwards_with_an_earlier_time_is_reported_as_backdated() {
        JourneyId copied = walked.get(0);
        List<Document> events = mongo.find(Query.query(Criteria.where("journeyId").is(copied.value())), Document.class, EVENTS);
        String fabricated = "fabricated-" + copied.value();
        for (Document event : events) {
            Document copy = new Document(event);
            copy.remove("_id");
            copy.put("journeyId", fabricated);
            mongo.insert(copy, EVENTS);
        }

        assertThat(verifier.verifyDatabase().problems()).anyMatch(problem -> problem.startsWith("Journey " + fabricated)
                && (problem.contains("put in afterwards") || problem.contains("changed after")));
    }

    @Test
    void a_checkpoint_removed_from_the_database_is_found_in_the_file_outside_it() {
        long size = checkpoints.latest().orElseThrow().size();
        mongo.remove(Query.query(Criteria.where("_id").is(size)), "tlog_checkpoints");

        assertThat(verifier.verifyDatabase().problems()).contains("Checkpoint of size " + size + " is in the checkpoint file but missing from the database.");
    }

    /** Every field path that holds a plain value (not the storage id), e.g. "fact.dwellMillis" or "modes.largeText". */
    private static List<String> leafFields(Document document, String prefix) {
        List<String> fields = new ArrayList<>();
        for (Map.Entry<String, Object> entry : document.entrySet()) {
            String path = prefix + entry.getKey();
            if (path.equals("_id") || path.equals("_class") || path.endsWith("._class")) {
                continue;
            }
            if (entry.getValue() instanceof Document nested) {
                fields.addAll(leafFields(nested, path + "."));
            } else if (!(entry.getValue() instanceof List<?>)) {
                fields.add(path);
            }
        }
        return fields;
    }

    private static Object valueAt(Document document, String path) {
        Object value = document;
        for (String part : path.split("\\.")) {
            value = ((Document) value).get(part);
        }
        return value;
    }

    private static Object mutated(Object value, Random random) {
        return switch (value) {
            case Boolean b -> !b;
            case Integer i -> i + 1 + random.nextInt(5);
            case Long l -> l + 1 + random.nextInt(5);
            case Double d -> d + 0.5;
            case java.util.Date date -> new java.util.Date(date.getTime() + 1 + random.nextInt(1000));
            case Instant instant -> instant.plusMillis(1 + random.nextInt(1000));
            case String s -> s.isEmpty() ? "x" : s.substring(0, s.length() - 1) + (s.endsWith("x") ? "y" : "x");
            case null -> "injected";
            default -> value.toString() + "x";
        };
    }
}
