package care.clearconsent.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.clearconsent.TestClockConfiguration;
import care.clearconsent.content.Question;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import care.clearconsent.patients.TestPatients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What the tablet tells the nurse reaches staff as an event, and the nurse's "resolved" is recorded in the journey. */
@SpringBootTest
@RecordApplicationEvents
@Import(TestClockConfiguration.class)
class LiveCuesTest {

    @Autowired
    ConsentJourneys journeys;
    @Autowired
    PatientRegistry patients;
    @Autowired
    ApplicationEvents published;

    JourneyId id;
    Origin tablet;
    Origin nurse = new Origin(Actor.nurse("nurse.lim"), "nurse-phone");
    Journey journey;

    @BeforeEach
    void start() {
        Patient patient = patients.register(TestPatients.newPatient("Cue Han", "010-7700-0001"), "nurse");
        id = journeys.start(patient.id(), "nurse", "desk").id();
        tablet = new Origin(Actor.patient(patient.id().value()), "web-tablet");
        journey = journeys.find(id).orElseThrow();
    }

    @Test
    void every_recorded_step_is_published_for_staff_screens_with_what_happened() {
        String section = journey.content().content().sections().getFirst().id();
        journeys.show(id, tablet, Step.section(section), null);
        journeys.raiseQuestion(id, tablet, section);

        assertThat(published.stream(JourneyChanged.class)).extracting(JourneyChanged::factType)
                .containsExactly("JourneyStarted", "StepShown", "QuestionRaised");
        assertThat(published.stream(JourneyChanged.class)).allSatisfy(changed -> assertThat(changed.journeyId()).isEqualTo(id));
    }

    @Test
    void a_question_raised_needs_help_until_a_nurse_resolves_it_which_is_recorded_and_raising_it_again_reopens_it() {
        String section = journey.content().content().sections().getFirst().id();
        journeys.show(id, tablet, Step.section(section), null);
        journeys.raiseQuestion(id, tablet, section);
        assertThat(summary().needsHelp()).isTrue();
        assertThat(summary().questionsRaised()).containsExactly(section);

        Journey resolved = journeys.resolveCue(id, nurse, JourneyState.Cue.QUESTION, section);

        assertThat(journeys.events(id).getLast().fact()).isEqualTo(new JourneyFact.CueResolved("question", section));
        assertThat(journeys.events(id).getLast().actor()).isEqualTo(Actor.nurse("nurse.lim"));
        assertThat(summary().needsHelp()).isFalse();
        assertThat(resolved.state().questionsRaised()).as("the history keeps the question").containsExactly(section);
        assertThat(JourneyFlags.of(resolved, journeys.events(id))).noneMatch(flag -> flag.kind() == JourneyFlags.Kind.QUESTION_NOT_RESOLVED);
        assertThat(journeys.verifyChain(id)).isTrue();

        assertThatThrownBy(() -> journeys.resolveCue(id, nurse, JourneyState.Cue.QUESTION, section))
                .isInstanceOfSatisfying(JourneyRejected.class, rejected -> assertThat(rejected.messageKey()).isEqualTo("journey.cue.not-open"));
        journeys.raiseQuestion(id, tablet, section);
        assertThat(summary().needsHelp()).isTrue();
    }

    @Test
    void a_quiz_question_failed_three_times_needs_help_until_resolved_and_a_made_up_cue_is_refused() {
        for (Step step : journey.plan().steps()) {
            if (step.kind() == Step.Kind.SECTION) {
                JourneyWalk.read(journeys, id, tablet, step.ref());
            }
            if (step.kind() == Step.Kind.QUESTION) {
                break;
            }
        }
        Question question = journey.content().content().question(journey.plan().steps().stream()
                .filter(step -> step.kind() == Step.Kind.QUESTION).findFirst().orElseThrow().ref()).orElseThrow();
        journeys.show(id, tablet, Step.question(question.id()), null);
        String wrong = question.options().stream().filter(option -> !question.isCorrect(option)).findFirst().orElseThrow();
        for (int attempt = 0; attempt < ConsentJourneys.MAX_QUIZ_ATTEMPTS; attempt++) {
            assertThat(summary().openQuizCues()).isEmpty();
            journeys.answer(id, tablet, question.id(), wrong);
        }
        assertThat(summary().openQuizCues()).containsExactly(question.id());
        assertThat(summary().firstTry()).containsEntry(question.id(), false);

        assertThatThrownBy(() -> journeys.resolveCue(id, nurse, "coffee", question.id())).isInstanceOf(JourneyRejected.class);
        assertThatThrownBy(() -> journeys.resolveCue(id, nurse, JourneyState.Cue.QUIZ, "no-such-question")).isInstanceOf(JourneyRejected.class);
        journeys.resolveCue(id, nurse, JourneyState.Cue.QUIZ, question.id());

        assertThat(summary().openQuizCues()).isEmpty();
        assertThat(summary().needsHelp()).isFalse();
    }

    private JourneySummary summary() {
        return journeys.journeysOf(new care.clearconsent.patients.PatientId(journey.patientId())).getFirst();
    }
}
