package care.clearconsent.consent;

import care.clearconsent.patients.TestPatients;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.TestClock;
import care.clearconsent.TestClockConfiguration;
import care.clearconsent.content.Language;
import care.clearconsent.content.Question;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Flags tell staff what to look at, from the events alone; they never stop the patient. */
@SpringBootTest
@Import(TestClockConfiguration.class)
class JourneyFlagsTest {

    @Autowired
    ConsentJourneys journeys;
    @Autowired
    PatientRegistry patients;
    @Autowired
    TestClock clock;

    @Test
    void a_journey_with_every_reason_for_a_flag_is_flagged_for_each_and_can_still_be_signed() {
        Patient patient = patients.register(TestPatients.newPatient("Flag Kim", "010-7600-0001"), "nurse");
        JourneyId id = journeys.start(patient.id(), "nurse", "desk").id();
        Origin tablet = new Origin(Actor.patient(patient.id().value()), "web-tablet");
        journeys.changeDisplay(id, tablet, Language.KO, DisplayModes.STANDARD.withLargeText(true));
        Journey journey = journeys.find(id).orElseThrow();
        String firstSection = journey.content().content().sections().getFirst().id();
        journeys.show(id, tablet, Step.section(firstSection), null);
        journeys.raiseQuestion(id, tablet, firstSection);
        Question question = journey.content().content().questions().getFirst();
        for (Step step : journey.plan().steps()) {
            if (step.kind() == Step.Kind.SECTION) {
                JourneyWalk.read(journeys, id, tablet, step.ref());
            }
            if (step.kind() == Step.Kind.QUESTION) {
                journeys.show(id, tablet, step, null);
                Question asked = journey.content().content().question(step.ref()).orElseThrow();
                if (asked.equals(question)) {
                    String wrong = question.options().stream().filter(option -> !question.isCorrect(option)).findFirst().orElseThrow();
                    for (int attempt = 0; attempt < ConsentJourneys.MAX_QUIZ_ATTEMPTS; attempt++) {
                        journeys.answer(id, tablet, question.id(), wrong);
                    }
                } else {
                    journeys.answer(id, tablet, asked.id(), asked.answer());
                }
            }
        }
        journeys.show(id, tablet, Step.DECISION, null);

        var flags = JourneyFlags.of(journeys.find(id).orElseThrow(), journeys.events(id));

        assertThat(flags).extracting(JourneyFlags.Flag::kind).contains(JourneyFlags.Kind.COMPLETED_TOO_FAST,
                JourneyFlags.Kind.QUESTION_NOT_RESOLVED, JourneyFlags.Kind.QUIZ_FAILED_THREE_TIMES, JourneyFlags.Kind.ADAPTATIONS_USED);
        assertThat(flags).filteredOn(flag -> flag.kind() == JourneyFlags.Kind.ADAPTATIONS_USED).singleElement()
                .satisfies(flag -> assertThat(flag.subject()).contains("large text"));
        assertThat(journeys.journeysOf(patient.id()).getFirst().flags()).isEqualTo(flags);
        Journey atSignature = JourneyWalk.decideAndOpenSignature(journeys, id, tablet, Decision.AGREE, Map.of("improve-ai", false));
        Journey signed = journeys.sign(id, tablet, atSignature.state().decisionHash().orElseThrow(), SignatureMethod.PATIENT,
                SignatureFixtures.inkedPng(), null, null);
        assertThat(signed.state().status()).as("flags never block").isEqualTo(JourneyStatus.AGREED);
    }

    @Test
    void a_section_read_for_its_reading_time_is_not_flagged_as_too_fast() {
        Patient patient = patients.register(TestPatients.newPatient("Flag Lee", "010-7600-0002"), "nurse");
        JourneyId id = journeys.start(patient.id(), "nurse", "desk").id();
        Origin tablet = new Origin(Actor.patient(patient.id().value()), "web-tablet");
        Journey journey = journeys.find(id).orElseThrow();
        var section = journey.content().content().sections().getFirst();
        long readingSeconds = JourneyFlags.readingSeconds(section, Language.KO, false);

        journeys.show(id, tablet, Step.section(section.id()), null);
        clock.advance(Duration.ofSeconds(readingSeconds));
        JourneyWalk.showEveryPage(journeys, id, tablet, section.id());
        journeys.acknowledge(id, tablet, section.id());

        assertThat(readingSeconds).isPositive();
        assertThat(JourneyFlags.of(journeys.find(id).orElseThrow(), journeys.events(id)))
                .noneMatch(flag -> flag.kind() == JourneyFlags.Kind.COMPLETED_TOO_FAST && flag.subject().equals(section.id()));
    }
}
