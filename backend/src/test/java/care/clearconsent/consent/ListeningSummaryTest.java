package care.clearconsent.consent;

import care.clearconsent.patients.TestPatients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The consent record can say how a section was heard: "listened to in full, twice, at slow rate". */
@SpringBootTest
class ListeningSummaryTest {

    @Autowired
    ConsentJourneys journeys;
    @Autowired
    PatientRegistry patients;

    @Test
    void listening_events_add_up_to_a_plain_summary() {
        Patient patient = patients.register(TestPatients.newPatient("Oh", "010-1212-3434"), "nurse");
        JourneyId id = journeys.start(patient.id(), "nurse", "desk").id();
        Origin tablet = new Origin(Actor.patient(patient.id().value()), "tablet");
        Step section = Step.section("retention");

        journeys.listened(id, tablet, section.key(), ListeningAction.STARTED, "SLOW", 0, 0);
        journeys.listened(id, tablet, section.key(), ListeningAction.PAUSED, "SLOW", 4.2, 0.3);
        journeys.listened(id, tablet, section.key(), ListeningAction.STARTED, "SLOW", 4.2, 0.3);
        journeys.listened(id, tablet, section.key(), ListeningAction.FINISHED, "SLOW", 14.0, 1.0);
        Journey journey = journeys.listened(id, tablet, section.key(), ListeningAction.REPLAYED, "SLOW", 0, 1.0);

        ListeningSummary summary = journey.state().listening(section.key());
        assertThat(summary.plays()).isEqualTo(2);
        assertThat(summary.heardInFull()).isTrue();
        assertThat(summary.describe()).isEqualTo("section:retention was listened to in full, twice, at slow rate");
        assertThat(journey.state().listening("section:who-sees").describe()).isEqualTo("section:who-sees was not listened to");
    }

    @Test
    void a_partial_listen_reports_the_share_heard() {
        Patient patient = patients.register(TestPatients.newPatient("Ahn", "010-5656-7878"), "nurse");
        JourneyId id = journeys.start(patient.id(), "nurse", "desk").id();
        Origin tablet = new Origin(Actor.patient(patient.id().value()), "tablet");

        journeys.listened(id, tablet, "section:protection", ListeningAction.STARTED, "NORMAL", 0, 0);
        Journey journey = journeys.listened(id, tablet, "section:protection", ListeningAction.PAUSED, "NORMAL", 3, 0.42);

        assertThat(journey.state().listening("section:protection").describe()).isEqualTo("section:protection was listened to in part (42 %), once, at normal rate");
    }

    @Test
    void reports_for_screens_outside_the_journey_or_with_nonsense_positions_are_refused() {
        Patient patient = patients.register(TestPatients.newPatient("Seo", "010-9090-1010"), "nurse");
        JourneyId id = journeys.start(patient.id(), "nurse", "desk").id();
        Origin tablet = new Origin(Actor.patient(patient.id().value()), "tablet");
        int before = journeys.events(id).size();

        assertThatThrownBy(() -> journeys.listened(id, tablet, "section:nope", ListeningAction.STARTED, "NORMAL", 0, 0)).isInstanceOf(JourneyRejected.class);
        assertThatThrownBy(() -> journeys.listened(id, tablet, "section:retention", ListeningAction.STARTED, "NORMAL", Double.NaN, 0)).isInstanceOf(JourneyRejected.class);
        assertThatThrownBy(() -> journeys.listened(id, tablet, "glossary:no-such-term", ListeningAction.STARTED, "NORMAL", 0, 0)).isInstanceOf(JourneyRejected.class);
        assertThatThrownBy(() -> journeys.listened(id, tablet, "settings", ListeningAction.STARTED, "NORMAL", 0, 0)).isInstanceOf(JourneyRejected.class);
        assertThat(journeys.events(id)).hasSize(before);

        Journey heard = journeys.listened(id, tablet, ConsentJourneys.GLOSSARY_TARGET + "radiologist", ListeningAction.FINISHED, "NORMAL", 4, 1);
        assertThat(heard.state().listening("glossary:radiologist").heardInFull()).isTrue();
    }
}
