package care.clearconsent.consent;

import care.clearconsent.patients.TestPatients;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.TestClock;
import care.clearconsent.TestClockConfiguration;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** A journey link is a one-time secret: it opens the journey once, for one browser, and then nothing. */
@SpringBootTest
@Import(TestClockConfiguration.class)
class JourneyAccessTest {

    @Autowired
    ConsentJourneys journeys;
    @Autowired
    JourneyAccess access;
    @Autowired
    PatientRegistry patients;
    @Autowired
    JourneyProperties properties;
    @Autowired
    TestClock clock;
    @Autowired
    MongoTemplate mongo;

    StartedJourney started;
    Origin tablet;

    @BeforeEach
    void start() {
        Patient patient = patients.register(TestPatients.newPatient("Seo", "010-1111-2222"), "nurse");
        started = journeys.start(patient.id(), "nurse", "web-desk");
        tablet = new Origin(Actor.patient(patient.id().value()), "web-tablet");
    }

    @Test
    void a_link_is_exchanged_once_for_a_session_that_holds_the_journey() {
        PatientSession session = access.redeem(started.linkToken()).orElseThrow();

        assertThat(session.journeyId()).isEqualTo(started.id());
        assertThat(journeys.forSession(session.secret()).map(Journey::id)).contains(started.id());
        assertThat(access.redeem(started.linkToken())).isEmpty();
        assertThat(session.secret()).isNotEqualTo(started.linkToken());
    }

    @Test
    void the_nurse_who_issued_the_link_is_known_to_the_session_as_witness_until_it_ends() {
        PatientSession session = access.redeem(started.linkToken()).orElseThrow();

        assertThat(journeys.witnessFor(session.secret())).contains("nurse");
        assertThat(journeys.witnessFor("not-a-session")).isEmpty();
        journeys.endSession(session.secret());
        assertThat(journeys.witnessFor(session.secret())).isEmpty();
    }

    @Test
    void only_digests_of_links_and_sessions_are_stored() {
        PatientSession session = access.redeem(started.linkToken()).orElseThrow();

        String stored = mongo.getCollection("journey_links").find().into(new java.util.ArrayList<>()).toString()
                + mongo.getCollection("patient_sessions").find().into(new java.util.ArrayList<>());
        assertThat(stored).doesNotContain(started.linkToken()).doesNotContain(session.secret());
    }

    @Test
    void an_expired_link_opens_nothing() {
        clock.advance(properties.linkLifetime().plusSeconds(1));

        assertThat(access.redeem(started.linkToken())).isEmpty();
    }

    @Test
    void a_new_link_for_the_journey_revokes_the_old_one() {
        String second = journeys.issueLink(started.id(), "nurse");

        assertThat(access.redeem(started.linkToken())).isEmpty();
        assertThat(access.redeem(second).map(PatientSession::journeyId)).contains(started.id());
        assertThat(mongo.count(Query.query(Criteria.where("journeyId").is(started.id().value()).and("revokedAt").ne(null)), "journey_links"))
                .isEqualTo(1);
    }

    @Test
    void the_end_of_the_journey_revokes_its_unused_links() {
        access.redeem(started.linkToken()).orElseThrow();
        String spare = access.issueLink(started.id(), "nurse");

        JourneyWalk.agreeAndSign(journeys, started.id(), tablet, true);

        assertThat(access.redeem(spare)).isEmpty();
    }

    @Test
    void giving_the_tablet_back_ends_the_session() {
        PatientSession session = access.redeem(started.linkToken()).orElseThrow();

        journeys.endSession(session.secret());

        assertThat(journeys.forSession(session.secret())).isEmpty();
    }

    @Test
    void another_tablet_taking_the_journey_ends_the_first_tablets_session() {
        PatientSession first = access.redeem(started.linkToken()).orElseThrow();
        PatientSession second = access.redeem(journeys.issueLink(started.id(), "nurse")).orElseThrow();

        assertThat(journeys.forSession(first.secret())).isEmpty();
        assertThat(journeys.forSession(second.secret())).isPresent();
    }

    @Test
    void after_the_end_the_receipt_is_shown_for_a_while_then_the_session_holds_nothing() {
        PatientSession session = access.redeem(started.linkToken()).orElseThrow();
        JourneyWalk.agreeAndSign(journeys, started.id(), tablet, false);

        assertThat(journeys.forSession(session.secret())).isPresent();
        clock.advance(properties.receiptShownFor().plusSeconds(1));
        assertThat(journeys.forSession(session.secret())).isEmpty();
    }

    @Test
    void a_session_ends_after_its_lifetime_but_the_journey_does_not() {
        PatientSession session = access.redeem(started.linkToken()).orElseThrow();
        clock.advance(properties.sessionLifetime().plus(Duration.ofMinutes(1)));

        assertThat(journeys.forSession(session.secret())).isEmpty();
        PatientSession again = access.redeem(journeys.issueLink(started.id(), "nurse")).orElseThrow();
        assertThat(journeys.forSession(again.secret()).map(Journey::id)).contains(started.id());
    }

    @Test
    void made_up_and_altered_links_open_nothing() {
        String token = started.linkToken();
        String altered = token.substring(0, 42) + (token.charAt(42) == 'A' ? 'B' : 'A');

        assertThat(access.redeem(altered)).isEmpty();
        assertThat(access.redeem("not-a-token")).isEmpty();
        assertThat(access.redeem("")).isEmpty();
        assertThat(journeys.forSession("")).isEmpty();
        assertThat(access.redeem(token)).isPresent();
    }
}
