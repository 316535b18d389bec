package care.clearconsent.consent;

import care.clearconsent.patients.TestPatients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.clearconsent.consent.JourneyFact.AiSystemChosen;
import care.clearconsent.consent.JourneyFact.DecisionRecorded;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A patient accepts or declines each AI system the institution lets them decline: here the X-ray AI cannot be
 * declined for one person, the warning score can, and recording a visit always can. Each choice is its own event,
 * confirmed by the decision that follows, and shows on the receipt and in the nurse's list.
 */
@SpringBootTest(properties = "clearconsent.institution.settings.decline-ai-chest-xray=not-offered")
class SystemChoiceTest {

    private static final Map<String, Boolean> WARNING_YES_RECORDING_NO = Map.of("ai-early-warning", true, "ai-note-drafting", false);

    @Autowired
    ConsentJourneys journeys;
    @Autowired
    PatientRegistry patients;
    @Autowired
    I18NProvider messages;

    Patient patient;
    StartedJourney started;
    Origin tablet;

    @BeforeEach
    void walk_to_the_decision() {
        patient = patients.register(TestPatients.newPatient("Park", "010-2222-3333"), "nurse");
        started = journeys.start(patient.id(), "nurse", "web-desk");
        tablet = new Origin(Actor.patient(patient.id().value()), "web-tablet");
        JourneyWalk.toDecision(journeys, started.id(), tablet);
    }

    @Test
    void only_systems_that_can_be_declined_are_asked_about() {
        var content = journeys.find(started.id()).orElseThrow().content().content();

        assertThat(content.declinableSystems()).extracting(care.clearconsent.content.Section::id)
                .containsExactly("ai-early-warning", "ai-note-drafting");
    }

    @Test
    void declining_one_system_while_accepting_another_stores_each_choice_as_its_own_event_before_the_decision() {
        Journey decided = journeys.decide(started.id(), tablet, Decision.AGREE, Map.of("improve-ai", false), WARNING_YES_RECORDING_NO);

        List<JourneyFact> last = journeys.events(started.id()).stream().map(JourneyEvent::fact).toList();
        assertThat(last.subList(last.size() - 3, last.size())).containsExactly(
                new AiSystemChosen("ai-early-warning", true), new AiSystemChosen("ai-note-drafting", false),
                new DecisionRecorded(Decision.AGREE, Map.of("improve-ai", false), false));
        assertThat(decided.state().systemChoices()).isEqualTo(WARNING_YES_RECORDING_NO);
        assertThat(decided.state().declinedSystems()).containsExactly("ai-note-drafting");
        assertThat(journeys.journeysOf(patient.id()).getFirst().declinedSystems()).containsExactly("ai-note-drafting");
    }

    @Test
    void a_declined_system_is_not_offered_for_withdrawal_and_withdrawing_it_is_refused() {
        journeys.decide(started.id(), tablet, Decision.AGREE, Map.of("improve-ai", true), WARNING_YES_RECORDING_NO);
        Journey decided = journeys.show(started.id(), tablet, Step.SIGNATURE, null);
        Journey signed = journeys.sign(started.id(), tablet, decided.state().decisionHash().orElseThrow(), SignatureMethod.PATIENT,
                SignatureFixtures.inkedPng(), null, null);

        assertThat(WithdrawalChoice.available(signed)).extracting(WithdrawalChoice::target)
                .contains("ai-early-warning").doesNotContain("ai-note-drafting");
        assertThatThrownBy(() -> journeys.withdraw(started.id(), tablet, WithdrawalScope.AI_SYSTEM, "ai-note-drafting", null))
                .isInstanceOfSatisfying(JourneyRejected.class, e -> assertThat(e.messageKey()).isEqualTo("journey.withdraw.unknown"));
    }

    @Test
    void the_receipt_states_each_systems_choice_in_the_agreed_words() {
        Journey decided = journeys.decide(started.id(), tablet, Decision.AGREE, Map.of("improve-ai", true), WARNING_YES_RECORDING_NO);

        var content = decided.content().content();
        Map<String, String> english = new ScreenText(messages, care.clearconsent.content.Language.EN, content)
                .receipt(decided.state(), content, java.time.ZoneId.of("Asia/Seoul"));
        Map<String, String> korean = new ScreenText(messages, care.clearconsent.content.Language.KO, content)
                .receipt(decided.state(), content, java.time.ZoneId.of("Asia/Seoul"));
        assertThat(english).containsEntry("receipt-system-ai-early-warning", "AI early warning of a worsening condition: you agreed to its use in your care.")
                .containsEntry("receipt-system-ai-note-drafting", "AI that drafts notes of your visit: you said no to it.")
                .doesNotContainKey("receipt-system-ai-chest-xray");
        assertThat(english.keySet()).as("in reading order").containsSubsequence("receipt-system-ai-early-warning", "receipt-system-ai-note-drafting");
        assertThat(korean).containsEntry("receipt-system-ai-note-drafting", "진료 기록 초안을 쓰는 AI: 쓰지 말라고 하셨습니다.");
    }

    @Test
    void agreeing_without_a_choice_for_each_system_or_naming_one_that_cannot_be_declined_is_refused_and_nothing_is_stored() {
        int before = journeys.events(started.id()).size();

        assertThatThrownBy(() -> journeys.decide(started.id(), tablet, Decision.AGREE, Map.of("improve-ai", true), Map.of("ai-early-warning", true)))
                .isInstanceOfSatisfying(JourneyRejected.class, e -> assertThat(e.messageKey()).isEqualTo("journey.system.required"));
        assertThatThrownBy(() -> journeys.decide(started.id(), tablet, Decision.AGREE, Map.of("improve-ai", true),
                Map.of("ai-early-warning", true, "ai-note-drafting", true, "ai-chest-xray", false)))
                .isInstanceOfSatisfying(JourneyRejected.class, e -> assertThat(e.messageKey()).isEqualTo("journey.system.unknown"));
        assertThatThrownBy(() -> journeys.decide(started.id(), tablet, Decision.AGREE, Map.of(), WARNING_YES_RECORDING_NO))
                .isInstanceOfSatisfying(JourneyRejected.class, e -> assertThat(e.messageKey()).isEqualTo("journey.purpose.required"));
        assertThat(journeys.events(started.id())).hasSize(before);
    }

    @Test
    void a_new_decision_replaces_the_system_choices_and_not_agreeing_keeps_none() {
        journeys.decide(started.id(), tablet, Decision.AGREE, Map.of("improve-ai", true), WARNING_YES_RECORDING_NO);
        Journey changed = journeys.decide(started.id(), tablet, Decision.AGREE, Map.of("improve-ai", true),
                Map.of("ai-early-warning", false, "ai-note-drafting", true));
        assertThat(changed.state().declinedSystems()).containsExactly("ai-early-warning");

        Journey declined = journeys.decide(started.id(), tablet, Decision.DECLINE, Map.of(), WARNING_YES_RECORDING_NO);
        assertThat(declined.state().systemChoices()).isEmpty();
        assertThat(journeys.events(started.id()).getLast().fact()).isInstanceOf(DecisionRecorded.class);
    }

    @Test
    void first_try_results_are_kept_apart_from_later_attempts() {
        Patient other = patients.register(TestPatients.newPatient("Choi", "010-4444-5555"), "nurse");
        StartedJourney second = journeys.start(other.id(), "nurse", "web-desk");
        Origin device = new Origin(Actor.patient(other.id().value()), "web-tablet");
        Journey journey = journeys.find(second.id()).orElseThrow();
        String missed = null;
        for (Step step : journey.plan().steps()) {
            if (step.kind() == Step.Kind.SECTION) {
                JourneyWalk.read(journeys, second.id(), device, step.ref());
            } else if (step.kind() == Step.Kind.QUESTION) {
                journeys.show(second.id(), device, step, null);
                care.clearconsent.content.Question question = journey.content().content().question(step.ref()).orElseThrow();
                if (missed == null) {
                    // The realistic misunderstanding first, then the right answer after its explanation.
                    journeys.answer(second.id(), device, question.id(), question.misconception());
                    missed = question.id();
                }
                journeys.answer(second.id(), device, question.id(), question.answer());
            }
        }

        Map<String, Boolean> firstTry = journeys.find(second.id()).orElseThrow().state().firstTryResults();
        assertThat(firstTry).hasSize(journey.content().content().questions().size()).containsEntry(missed, false);
        assertThat(firstTry.entrySet().stream().filter(Map.Entry::getValue)).hasSize(firstTry.size() - 1);
    }
}
