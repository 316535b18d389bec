package care.clearconsent.consent;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        Patient patient = patients.register("Han", "010-7777-8888", "nurse");
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
        EventDocument second = mongo.findOne(query(2), EventDocument.class);
        assertThat(second).isNotNull();
        EventDocument forged = new EventDocument(second.id(), second.journeyId(), second.seq(), second.at(), second.actorKind(), second.actorId(),
                "forged", second.patientId(), second.contentVersion(), second.language(), second.modes(), second.fact(), second.previousHash(), "");
        String rehashed = EventHasher.hash(forged);
        mongo.updateFirst(query(2), Update.update("device", "forged").set("hash", rehashed), "consent_events");

        // The edited event itself now verifies; only the next event's link to it gives the edit away.
        EventDocument stored = mongo.findOne(query(2), EventDocument.class);
        assertThat(stored).isNotNull();
        assertThat(EventHasher.hash(stored)).isEqualTo(stored.hash());
        assertThat(journeys.verifyChain(started.id())).isFalse();
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
