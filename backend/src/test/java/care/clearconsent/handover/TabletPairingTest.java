package care.clearconsent.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.clearconsent.TestClock;
import care.clearconsent.TestClockConfiguration;
import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.JourneyAccess;
import care.clearconsent.consent.JourneyId;
import care.clearconsent.consent.PatientSession;
import care.clearconsent.consent.StartedJourney;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientId;
import care.clearconsent.patients.PatientRegistry;
import care.clearconsent.patients.TestPatients;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest
@Import(TestClockConfiguration.class)
class TabletPairingTest {

    @Autowired
    TabletPairings pairings;
    @Autowired
    PatientRegistry patients;
    @Autowired
    ConsentJourneys journeys;
    @Autowired
    JourneyAccess access;
    @Autowired
    TestClock clock;

    Patient patient;

    @BeforeEach
    void register() {
        patient = patients.register(TestPatients.newPatient("Pairing Kim", "010-3030-4040"), "nurse");
    }

    @Test
    void the_nurse_types_the_code_in_any_spelling_and_only_the_tablet_that_showed_it_opens_the_new_journey_once() {
        TabletCode tablet = pairings.newCode();
        assertThat(tablet.code()).matches("[" + TabletPairings.ALPHABET + "]{6}");
        assertThat(pairings.poll(tablet.pairingId(), tablet.tabletSecret()).kind()).isEqualTo(TabletState.Kind.WAITING);

        pairings.pair(" " + tablet.shown().toLowerCase() + " ", patient.id(), Optional.empty(), "nurse.park");

        assertThat(pairings.poll(tablet.pairingId(), "another-browser-guessing").kind()).isEqualTo(TabletState.Kind.EXPIRED);
        TabletState opened = pairings.poll(tablet.pairingId(), tablet.tabletSecret());
        assertThat(opened.kind()).isEqualTo(TabletState.Kind.OPEN_JOURNEY);
        PatientSession session = access.redeem(opened.linkToken().orElseThrow()).orElseThrow();
        assertThat(journeys.find(session.journeyId()).orElseThrow().patientId()).isEqualTo(patient.id().value());
        assertThat(access.handedOverBy(session.secret())).contains("nurse.park");
        assertThat(pairings.poll(tablet.pairingId(), tablet.tabletSecret()).kind()).as("the link is given once").isEqualTo(TabletState.Kind.EXPIRED);
    }

    @Test
    void an_open_journey_is_resumed_on_the_paired_tablet() {
        StartedJourney started = journeys.start(patient.id(), "nurse", "desk");
        TabletCode tablet = pairings.newCode();

        pairings.pair(tablet.code(), patient.id(), Optional.of(started.id()), "nurse");

        String token = pairings.poll(tablet.pairingId(), tablet.tabletSecret()).linkToken().orElseThrow();
        assertThat(access.redeem(token).orElseThrow().journeyId()).isEqualTo(started.id());
        assertThat(access.redeem(started.linkToken())).as("the earlier link stops working").isEmpty();
    }

    @Test
    void an_unknown_malformed_used_or_expired_code_is_refused_and_the_tablet_keeps_waiting() {
        TabletCode tablet = pairings.newCode();
        String unknown = tablet.code().equals("ACDEFH") ? "ACDEFJ" : "ACDEFH";

        assertRefused(() -> pairings.pair(unknown, patient.id(), Optional.empty(), "nurse"), "handover.code.unknown");
        assertRefused(() -> pairings.pair("12", patient.id(), Optional.empty(), "nurse"), "handover.code.malformed");
        assertRefused(() -> pairings.pair("{\"$gt\":\"\"}", patient.id(), Optional.empty(), "nurse"), "handover.code.malformed");
        assertRefused(() -> pairings.pair(tablet.code(), PatientId.generate(), Optional.empty(), "nurse"), "handover.patient.unknown");
        assertThat(pairings.poll(tablet.pairingId(), tablet.tabletSecret()).kind()).isEqualTo(TabletState.Kind.WAITING);

        pairings.pair(tablet.code(), patient.id(), Optional.empty(), "nurse");
        assertRefused(() -> pairings.pair(tablet.code(), patient.id(), Optional.empty(), "nurse"), "handover.code.unknown");

        TabletCode late = pairings.newCode();
        clock.advance(TabletPairings.CODE_LIFETIME.plusSeconds(1));
        assertRefused(() -> pairings.pair(late.code(), patient.id(), Optional.empty(), "nurse"), "handover.code.unknown");
        assertThat(pairings.poll(late.pairingId(), late.tabletSecret()).kind()).as("the tablet then shows a new code").isEqualTo(TabletState.Kind.EXPIRED);
    }

    @Test
    void a_nurse_guessing_codes_is_paused_after_ten_wrong_ones() {
        for (int i = 0; i < TabletPairings.WRONG_CODES_ALLOWED; i++) {
            assertRefused(() -> pairings.pair("AAAAAA", patient.id(), Optional.empty(), "guesser"), "handover.code.unknown");
        }
        TabletCode tablet = pairings.newCode();

        assertRefused(() -> pairings.pair(tablet.code(), patient.id(), Optional.empty(), "guesser"), "handover.code.too-many");
        pairings.pair(tablet.code(), patient.id(), Optional.empty(), "another.nurse");
        clock.advance(TabletPairings.CODE_LIFETIME.plus(Duration.ofSeconds(1)));
        TabletCode later = pairings.newCode();
        pairings.pair(later.code(), patient.id(), Optional.empty(), "guesser");
    }

    @Test
    void the_nurse_takes_the_tablet_back_from_their_own_device_and_the_journey_can_be_resumed() {
        TabletCode tablet = pairings.newCode();
        pairings.pair(tablet.code(), patient.id(), Optional.empty(), "nurse");
        PatientSession session = access.redeem(pairings.poll(tablet.pairingId(), tablet.tabletSecret()).linkToken().orElseThrow()).orElseThrow();
        JourneyId journey = session.journeyId();
        assertThat(journeys.forSession(session.secret())).isPresent();

        journeys.takeBack(journey);

        assertThat(journeys.forSession(session.secret())).isEmpty();
        assertThat(access.redeem(journeys.issueLink(journey, "nurse")).orElseThrow().journeyId()).isEqualTo(journey);
    }

    private static void assertRefused(Runnable pairing, String messageKey) {
        assertThatThrownBy(pairing::run).isInstanceOfSatisfying(PairingRejected.class, rejected -> assertThat(rejected.messageKey()).isEqualTo(messageKey));
    }
}
