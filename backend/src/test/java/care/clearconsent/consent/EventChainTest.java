package care.clearconsent.consent;

import care.clearconsent.patients.TestPatients;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import care.clearconsent.consent.internal.EventCanonicalForm;
import care.clearconsent.consent.internal.EventDocument;
import care.clearconsent.consent.internal.EventHasher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The events of a journey form a hash chain: concurrent writers cannot fork it, and any edit breaks it. */
@SpringBootTest
class EventChainTest {

    @Autowired
    ConsentJourneys journeys;
    @Autowired
    PatientRegistry patients;
    @Autowired
    MongoTemplate mongo;

    StartedJourney started;
    Origin tablet;

    /** How many events the set-up stored; the acknowledgement is the one before the last. */
    int setUpEvents;

    @BeforeEach
    void start() {
        Patient patient = patients.register(TestPatients.newPatient("Han", "010-7777-8888"), "nurse");
        started = journeys.start(patient.id(), "nurse", "web-desk");
        tablet = new Origin(Actor.patient(patient.id().value()), "web-tablet");
        // Events: the start, the section shown, each of its other parts, acknowledged, a question raised.
        JourneyWalk.read(journeys, started.id(), tablet, "ai-chest-xray");
        journeys.raiseQuestion(started.id(), tablet, "ai-chest-xray");
        setUpEvents = journeys.events(started.id()).size();
    }

    @Test
    void an_untouched_chain_verifies() {
        assertThat(journeys.verifyChain(started.id())).isTrue();
    }

    @Test
    void editing_a_stored_event_breaks_the_chain() {
        mongo.updateFirst(query(setUpEvents - 1), Update.update("fact.dwellMillis", 999_999L), "consent_events");

        assertThat(journeys.verifyChain(started.id())).isFalse();
    }

    @Test
    void deleting_a_stored_event_breaks_the_chain() {
        mongo.remove(query(2), "consent_events");

        assertThat(journeys.verifyChain(started.id())).isFalse();
    }

    @Test
    void rehashing_an_edited_event_still_breaks_the_link_to_the_next_one() {
        org.bson.Document forged = mongo.findOne(query(2), org.bson.Document.class, "consent_events");
        assertThat(forged).isNotNull();
        forged.put("device", "forged");
        String rehashed = EventCanonicalForm.hash(forged);
        mongo.updateFirst(query(2), Update.update("device", "forged").set("hash", rehashed), "consent_events");

        // The edited event itself now verifies; only the next event's link to it gives the edit away.
        org.bson.Document stored = mongo.findOne(query(2), org.bson.Document.class, "consent_events");
        assertThat(stored).isNotNull();
        assertThat(EventCanonicalForm.hash(stored)).isEqualTo(stored.getString("hash"));
        assertThat(journeys.verifyChain(started.id())).isFalse();
    }

    @Test
    void the_hashed_form_is_the_stored_document_so_a_renamed_class_or_its_mapping_changes_nothing() {
        org.bson.Document stored = mongo.findOne(query(3), org.bson.Document.class, "consent_events");
        assertThat(stored).isNotNull();
        assertThat(stored.getInteger("hashVersion")).isEqualTo(EventCanonicalForm.VERSION);
        assertThat(stored.getString("factType")).isNotBlank();

        // What Spring Data records as the Java class of the fact is not part of the hashed form.
        mongo.updateFirst(query(3), Update.update("fact._class", "care.clearconsent.renamed.SomeOtherName"), "consent_events");

        assertThat(journeys.verifyChain(started.id())).isTrue();
        mongo.updateFirst(query(3), Update.update("factType", "SomethingElse"), "consent_events");
        assertThat(journeys.verifyChain(started.id())).as("the fact's recorded type is").isFalse();
    }

    @Test
    void an_event_stored_in_the_earlier_form_keeps_verifying() {
        Patient patient = patients.register(TestPatients.newPatient("Legacy", "010-7777-9999"), "nurse");
        JourneyId legacy = JourneyId.generate();
        EventDocument unhashed = new EventDocument(null, legacy.value(), 1, java.time.Instant.parse("2026-01-02T03:04:05.678Z"), "NURSE", "nurse",
                "web-desk", patient.id().value(), "0".repeat(64), "ko", DisplayModes.STANDARD,
                new JourneyFact.QuestionRaised("retention"), EventHasher.GENESIS, "", null, null);
        EventDocument hashed = new EventDocument(null, unhashed.journeyId(), 1, unhashed.at(), "NURSE", "nurse", "web-desk", unhashed.patientId(),
                unhashed.contentVersion(), "ko", DisplayModes.STANDARD, unhashed.fact(), EventHasher.GENESIS, EventHasher.hash(unhashed), null, null);
        mongo.insert(hashed);

        assertThat(journeys.verifyChain(legacy)).isTrue();
        mongo.updateFirst(Query.query(Criteria.where("journeyId").is(legacy.value())), Update.update("device", "changed"), "consent_events");
        assertThat(journeys.verifyChain(legacy)).isFalse();
    }

    @Test
    void concurrent_appends_to_one_journey_get_distinct_sequence_numbers_and_the_chain_holds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Journey>> tasks = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            tasks.add(() -> journeys.raiseQuestion(started.id(), tablet, "who-sees"));
        }
        try {
            for (Future<Journey> result : pool.invokeAll(tasks)) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }

        List<JourneyEvent> events = journeys.events(started.id());
        assertThat(events).hasSize(setUpEvents + 24);
        assertThat(events).extracting(JourneyEvent::seq).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, setUpEvents + 24).boxed().toList());
        assertThat(journeys.verifyChain(started.id())).isTrue();
    }

    private Query query(long seq) {
        return Query.query(Criteria.where("journeyId").is(started.id().value()).and("seq").is(seq));
    }
}
