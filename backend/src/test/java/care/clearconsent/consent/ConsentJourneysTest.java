package care.clearconsent.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.clearconsent.TestClock;
import care.clearconsent.TestClockConfiguration;
import care.clearconsent.consent.JourneyFact.DecisionRecorded;
import care.clearconsent.consent.JourneyFact.JourneyStarted;
import care.clearconsent.consent.JourneyFact.QuizAnswered;
import care.clearconsent.consent.JourneyFact.SectionAcknowledged;
import care.clearconsent.consent.JourneyFact.Signed;
import care.clearconsent.content.Language;
import care.clearconsent.content.Question;
import care.clearconsent.explanation.ExplanationCatalogue;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest
@Import(TestClockConfiguration.class)
class ConsentJourneysTest {

    @Autowired
    ConsentJourneys journeys;
    @Autowired
    PatientRegistry patients;
    @Autowired
    ExplanationCatalogue catalogue;
    @Autowired
    TestClock clock;

    Patient patient;
    StartedJourney started;
    Origin tablet;

    @BeforeEach
    void start_a_journey() {
        patient = patients.register("Kim", "010-1234-5678", "nurse");
        started = journeys.start(patient.id(), "nurse", "web-desk");
        tablet = new Origin(Actor.patient(patient.id().value()), "web-tablet");
    }

    @Test
    void a_new_journey_runs_on_the_current_content_version_and_opens_from_its_link() {
        Journey journey = journeys.open(started.linkToken()).orElseThrow();

        assertThat(journey.content().hash()).isEqualTo(catalogue.current().hash());
        assertThat(journey.state().current()).isEqualTo(Step.WELCOME);
        List<JourneyEvent> events = journeys.events(started.id());
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().fact()).isEqualTo(new JourneyStarted(patient.id().value(), catalogue.current().hash(),
                catalogue.current().version(), Map.of("ai-chest-xray", "ChestView CXR 3.2", "ai-early-warning", "WardSense EWS 2.1",
                "ai-note-drafting", "ScribeAssist 1.4")));
        assertThat(events.getFirst().actor()).isEqualTo(Actor.nurse("nurse"));
    }

    @Test
    void every_event_names_server_time_journey_patient_content_version_language_and_modes() {
        DisplayModes large = DisplayModes.STANDARD.withLargeText(true).withSimplified(true);
        journeys.changeDisplay(started.id(), tablet, Language.EN, large);
        clock.advance(Duration.ofSeconds(5));
        journeys.show(started.id(), tablet, Step.section("ai-chest-xray"), null);

        JourneyEvent shown = journeys.events(started.id()).getLast();
        assertThat(shown.at()).isEqualTo(clock.instant());
        assertThat(shown.journeyId()).isEqualTo(started.id());
        assertThat(shown.patientId()).isEqualTo(patient.id().value());
        assertThat(shown.contentVersion()).isEqualTo(catalogue.current().hash());
        assertThat(shown.language()).isEqualTo(Language.EN);
        assertThat(shown.modes()).isEqualTo(large);
        assertThat(shown.device()).isEqualTo("web-tablet");
        assertThat(shown.actor()).isEqualTo(Actor.patient(patient.id().value()));
    }

    @Test
    void an_acknowledgement_records_how_long_the_section_was_on_screen() {
        journeys.show(started.id(), tablet, Step.section("ai-chest-xray"), null);
        clock.advance(Duration.ofSeconds(42));

        journeys.acknowledge(started.id(), tablet, "ai-chest-xray");

        assertThat(journeys.events(started.id()).getLast().fact()).isEqualTo(new SectionAcknowledged("ai-chest-xray", 42_000));
    }

    @Test
    void the_state_replayed_from_stored_events_resumes_at_the_same_step() {
        journeys.changeDisplay(started.id(), tablet, Language.EN, DisplayModes.STANDARD.withHighContrast(true));
        journeys.show(started.id(), tablet, Step.section("pseudonymisation"), null);
        journeys.acknowledge(started.id(), tablet, "pseudonymisation");

        Journey reopened = journeys.open(started.linkToken()).orElseThrow();

        assertThat(reopened.state().current()).isEqualTo(Step.section("pseudonymisation"));
        assertThat(reopened.state().isAcknowledged("pseudonymisation")).isTrue();
        assertThat(reopened.state().language()).isEqualTo(Language.EN);
        assertThat(reopened.state().modes().highContrast()).isTrue();
    }

    @Test
    void wrong_answers_are_kept_and_a_fourth_attempt_is_refused() {
        Question question = catalogue.current().content().questions().getFirst();
        String wrong = question.options().stream().filter(o -> !question.isCorrect(o)).findFirst().orElseThrow();

        for (int attempt = 1; attempt <= ConsentJourneys.MAX_QUIZ_ATTEMPTS; attempt++) {
            QuizResult result = journeys.answer(started.id(), tablet, question.id(), wrong);
            assertThat(result.correct()).isFalse();
            assertThat(result.attempt()).isEqualTo(attempt);
        }

        assertThatThrownBy(() -> journeys.answer(started.id(), tablet, question.id(), question.answer()))
                .isInstanceOfSatisfying(JourneyRejected.class, e -> assertThat(e.messageKey()).isEqualTo("journey.answer.settled"));
        List<JourneyEvent> answers = journeys.events(started.id()).stream().filter(e -> e.fact() instanceof QuizAnswered).toList();
        assertThat(answers).hasSize(3);
        assertThat(journeys.find(started.id()).orElseThrow().state().questionSettled(question.id())).isTrue();
    }

    @Test
    void an_answer_that_is_not_an_option_is_refused_and_nothing_is_stored() {
        int before = journeys.events(started.id()).size();
        Question question = catalogue.current().content().questions().getFirst();

        assertThatThrownBy(() -> journeys.answer(started.id(), tablet, question.id(), "")).isInstanceOf(JourneyRejected.class);
        assertThatThrownBy(() -> journeys.answer(started.id(), tablet, "no-such-question", "x")).isInstanceOf(JourneyRejected.class);
        assertThat(journeys.events(started.id())).hasSize(before);
    }

    @Test
    void agreeing_needs_a_yes_or_no_for_every_purpose_and_nothing_is_stored_until_then() {
        int before = journeys.events(started.id()).size();

        assertThatThrownBy(() -> journeys.decide(started.id(), tablet, null, Map.of()))
                .isInstanceOfSatisfying(JourneyRejected.class, e -> assertThat(e.messageKey()).isEqualTo("journey.decision.required"));
        assertThatThrownBy(() -> journeys.decide(started.id(), tablet, Decision.AGREE, Map.of()))
                .isInstanceOfSatisfying(JourneyRejected.class, e -> assertThat(e.messageKey()).isEqualTo("journey.purpose.required"));
        assertThatThrownBy(() -> journeys.decide(started.id(), tablet, Decision.AGREE, Map.of("improve-ai", true, "sell-data", true)))
                .isInstanceOfSatisfying(JourneyRejected.class, e -> assertThat(e.messageKey()).isEqualTo("journey.purpose.unknown"));
        assertThat(journeys.events(started.id())).hasSize(before);
    }

    @Test
    void not_agreeing_is_recorded_as_care_without_ai_where_it_is_offered() {
        journeys.decide(started.id(), tablet, Decision.DECLINE, Map.of());

        assertThat(journeys.events(started.id()).getLast().fact()).isEqualTo(new DecisionRecorded(Decision.DECLINE, Map.of(), true));
    }

    @Test
    void deciding_later_records_no_purposes_needs_no_signature_and_leads_to_the_receipt() {
        Journey journey = journeys.decide(started.id(), tablet, Decision.LATER, Map.of("improve-ai", true));

        assertThat(journeys.events(started.id()).getLast().fact()).isEqualTo(new DecisionRecorded(Decision.LATER, Map.of(), null));
        assertThat(journey.state().status()).isEqualTo(JourneyStatus.DECIDE_LATER);
        assertThatThrownBy(() -> journeys.show(started.id(), tablet, Step.SIGNATURE, null)).isInstanceOf(JourneyRejected.class);
        assertThat(journeys.show(started.id(), tablet, Step.RECEIPT, null).state().current()).isEqualTo(Step.RECEIPT);
    }

    @Test
    void changing_a_decision_appends_and_keeps_the_first_one() {
        journeys.decide(started.id(), tablet, Decision.AGREE, Map.of("improve-ai", true));
        journeys.decide(started.id(), tablet, Decision.AGREE, Map.of("improve-ai", false));

        List<DecisionRecorded> decisions = journeys.events(started.id()).stream()
                .map(JourneyEvent::fact).filter(DecisionRecorded.class::isInstance).map(DecisionRecorded.class::cast).toList();
        assertThat(decisions).extracting(d -> d.purposes().get("improve-ai")).containsExactly(true, false);
        assertThat(journeys.find(started.id()).orElseThrow().state().decision().orElseThrow().purposes()).containsEntry("improve-ai", false);
    }

    @Test
    void a_signature_needs_a_decision_ink_and_for_a_representative_a_name_and_relationship() {
        byte[] ink = SignatureFixtures.inkedPng();
        assertThatThrownBy(() -> journeys.sign(started.id(), tablet, SignatureMethod.PATIENT, ink, null, null))
                .isInstanceOfSatisfying(JourneyRejected.class, e -> assertThat(e.messageKey()).isEqualTo("journey.signature.needs-decision"));
        journeys.decide(started.id(), tablet, Decision.AGREE, Map.of("improve-ai", true));

        assertThatThrownBy(() -> journeys.sign(started.id(), tablet, SignatureMethod.PATIENT, SignatureFixtures.blankPng(), null, null))
                .isInstanceOfSatisfying(JourneyRejected.class, e -> assertThat(e.messageKey()).isEqualTo("journey.signature.empty"));
        assertThatThrownBy(() -> journeys.sign(started.id(), tablet, SignatureMethod.PATIENT, "not a png".getBytes(), null, null))
                .isInstanceOf(JourneyRejected.class);
        assertThatThrownBy(() -> journeys.sign(started.id(), tablet, SignatureMethod.REPRESENTATIVE, ink, " ", "daughter"))
                .isInstanceOfSatisfying(JourneyRejected.class, e -> assertThat(e.messageKey()).isEqualTo("journey.representative.name.required"));
        assertThatThrownBy(() -> journeys.sign(started.id(), tablet, SignatureMethod.REPRESENTATIVE, ink, "Lee", ""))
                .isInstanceOfSatisfying(JourneyRejected.class, e -> assertThat(e.messageKey()).isEqualTo("journey.representative.relationship.required"));

        Journey signed = journeys.sign(started.id(), tablet, SignatureMethod.REPRESENTATIVE, ink, " Lee ", "daughter");

        Signed fact = signed.state().signature().orElseThrow();
        assertThat(fact.representativeName()).isEqualTo("Lee");
        assertThat(fact.imageSha256()).hasSize(64);
        assertThat(signed.state().status()).isEqualTo(JourneyStatus.AGREED);
        assertThat(journeys.events(started.id()).stream().filter(e -> e.fact() instanceof Signed)).hasSize(1);
    }

    @Test
    void steps_outside_the_plan_and_signing_before_deciding_are_refused() {
        assertThatThrownBy(() -> journeys.show(started.id(), tablet, Step.section("no-such-section"), null)).isInstanceOf(JourneyRejected.class);
        assertThatThrownBy(() -> journeys.show(started.id(), tablet, Step.SIGNATURE, null)).isInstanceOf(JourneyRejected.class);
    }

    @Test
    void made_up_and_altered_links_open_nothing() {
        String token = started.linkToken();
        String altered = token.substring(0, 42) + (token.charAt(42) == 'A' ? 'B' : 'A');

        assertThat(journeys.open(altered)).isEmpty();
        assertThat(journeys.open("not-a-token")).isEmpty();
        assertThat(journeys.open("")).isEmpty();
        assertThat(journeys.open(token)).isPresent();
    }

    @Test
    void a_new_link_for_the_same_journey_opens_the_same_journey() {
        String second = journeys.issueLink(started.id(), "nurse");

        assertThat(second).isNotEqualTo(started.linkToken());
        assertThat(journeys.open(second).orElseThrow().id()).isEqualTo(started.id());
    }

    @Test
    void journeys_cannot_start_for_unknown_patients() {
        assertThatThrownBy(() -> journeys.start(care.clearconsent.patients.PatientId.generate(), "nurse", "web"))
                .isInstanceOf(JourneyRejected.class);
    }
}
