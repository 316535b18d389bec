package care.clearconsent.consent;

import care.clearconsent.patients.TestPatients;

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
        patient = patients.register(TestPatients.newPatient("Kim", "010-1234-5678"), "nurse");
        started = journeys.start(patient.id(), "nurse", "web-desk");
        tablet = new Origin(Actor.patient(patient.id().value()), "web-tablet");
    }

    @Test
    void a_new_journey_runs_on_the_current_content_version() {
        Journey journey = journeys.find(started.id()).orElseThrow();

        assertThat(journey.content().hash()).isEqualTo(catalogue.current().hash());
        assertThat(journey.state().current()).isEqualTo(Step.WELCOME);
        List<JourneyEvent> events = journeys.events(started.id());
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().fact()).usingRecursiveComparison().ignoringFields("optionOrder").isEqualTo(
                new JourneyStarted(patient.id().value(), catalogue.current().hash(), catalogue.current().version(),
                        Map.of("ai-chest-xray", "ChestView CXR 3.2", "ai-early-warning", "WardSense EWS 2.1", "ai-note-drafting", "ScribeAssist 1.4"),
                        null, "75-84"));
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
    void an_acknowledgement_records_how_long_the_section_and_each_of_its_parts_was_on_screen() {
        journeys.show(started.id(), tablet, Step.section("ai-chest-xray"), null);
        clock.advance(Duration.ofSeconds(40));
        int pages = catalogue.current().content().section("ai-chest-xray").orElseThrow().pageCount();
        for (int page = 1; page < pages; page++) {
            journeys.showPage(started.id(), tablet, "ai-chest-xray", page);
            clock.advance(Duration.ofSeconds(page));
        }
        // Back to the first part for another look, then on to the end again.
        journeys.showPage(started.id(), tablet, "ai-chest-xray", 0);
        clock.advance(Duration.ofSeconds(5));
        journeys.showPage(started.id(), tablet, "ai-chest-xray", pages - 1);
        clock.advance(Duration.ofSeconds(2));

        journeys.acknowledge(started.id(), tablet, "ai-chest-xray");

        List<Long> perPage = new java.util.ArrayList<>();
        perPage.add(45_000L);
        for (int page = 1; page < pages; page++) {
            perPage.add(page * 1000L + (page == pages - 1 ? 2_000L : 0L));
        }
        long total = perPage.stream().mapToLong(Long::longValue).sum();
        assertThat(pages).isGreaterThan(2);
        assertThat(journeys.events(started.id()).getLast().fact()).isEqualTo(new SectionAcknowledged("ai-chest-xray", total, perPage));
    }

    @Test
    void listening_to_a_section_in_parts_records_the_part_heard_and_a_section_in_one_part_records_none() {
        journeys.show(started.id(), tablet, Step.section("ai-chest-xray"), null);
        journeys.showPage(started.id(), tablet, "ai-chest-xray", 1);
        journeys.listened(started.id(), tablet, "section:ai-chest-xray", ListeningAction.FINISHED, "NORMAL", 30.0, 1.0);

        assertThat(journeys.events(started.id()).getLast().fact()).isInstanceOfSatisfying(JourneyFact.Listened.class,
                listened -> assertThat(listened.page()).isEqualTo(1));

        journeys.listened(started.id(), tablet, "glossary:radiologist", ListeningAction.FINISHED, "NORMAL", 3.0, 1.0);
        assertThat(journeys.events(started.id()).getLast().fact()).isInstanceOfSatisfying(JourneyFact.Listened.class,
                listened -> assertThat(listened.page()).isNull());
    }

    @Test
    void a_section_in_parts_is_acknowledged_only_after_its_last_part_and_parts_stay_in_range() {
        int pages = catalogue.current().content().section("ai-chest-xray").orElseThrow().pageCount();
        journeys.show(started.id(), tablet, Step.section("ai-chest-xray"), null);
        journeys.showPage(started.id(), tablet, "ai-chest-xray", pages - 2);
        int before = journeys.events(started.id()).size();

        assertRefused(() -> journeys.acknowledge(started.id(), tablet, "ai-chest-xray"), "journey.section.pages-unread");
        assertRefused(() -> journeys.showPage(started.id(), tablet, "ai-chest-xray", pages), "journey.step.unknown");
        assertRefused(() -> journeys.showPage(started.id(), tablet, "ai-chest-xray", -1), "journey.step.unknown");
        assertRefused(() -> journeys.showPage(started.id(), tablet, "ai-early-warning", 1), "journey.step.out-of-order");
        assertThat(journeys.events(started.id())).hasSize(before);

        journeys.showPage(started.id(), tablet, "ai-chest-xray", pages - 1);
        assertThat(journeys.acknowledge(started.id(), tablet, "ai-chest-xray").state().isAcknowledged("ai-chest-xray")).isTrue();
    }

    @Test
    void the_state_replayed_from_stored_events_resumes_at_the_same_step() {
        journeys.changeDisplay(started.id(), tablet, Language.EN, DisplayModes.STANDARD.withHighContrast(true));
        JourneyWalk.read(journeys, started.id(), tablet, "ai-chest-xray");
        journeys.show(started.id(), tablet, Step.section("ai-early-warning"), null);

        Journey reopened = journeys.find(started.id()).orElseThrow();

        assertThat(reopened.state().current()).isEqualTo(Step.section("ai-early-warning"));
        assertThat(reopened.state().isAcknowledged("ai-chest-xray")).isTrue();
        assertThat(reopened.state().language()).isEqualTo(Language.EN);
        assertThat(reopened.state().modes().highContrast()).isTrue();
    }

    @Test
    void wrong_answers_are_kept_and_a_fourth_attempt_is_refused() {
        Question question = catalogue.current().content().questions().getFirst();
        String wrong = question.options().stream().filter(o -> !question.isCorrect(o)).findFirst().orElseThrow();
        acknowledgeEverySection();
        journeys.show(started.id(), tablet, Step.question(question.id()), null);

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

        assertThatThrownBy(() -> journeys.decide(started.id(), tablet, null, Map.of(), Map.of()))
                .isInstanceOfSatisfying(JourneyRejected.class, e -> assertThat(e.messageKey()).isEqualTo("journey.decision.required"));
        assertThatThrownBy(() -> journeys.decide(started.id(), tablet, Decision.AGREE, Map.of(), JourneyWalk.EVERY_SYSTEM_USED))
                .isInstanceOfSatisfying(JourneyRejected.class, e -> assertThat(e.messageKey()).isEqualTo("journey.purpose.required"));
        assertThatThrownBy(() -> journeys.decide(started.id(), tablet, Decision.AGREE, Map.of("improve-ai", true, "sell-data", true), JourneyWalk.EVERY_SYSTEM_USED))
                .isInstanceOfSatisfying(JourneyRejected.class, e -> assertThat(e.messageKey()).isEqualTo("journey.purpose.unknown"));
        assertThat(journeys.events(started.id())).hasSize(before);
    }

    @Test
    void not_agreeing_is_recorded_as_care_without_ai_where_it_is_offered() {
        JourneyWalk.toDecision(journeys, started.id(), tablet);
        journeys.decide(started.id(), tablet, Decision.DECLINE, Map.of(), Map.of());

        assertThat(journeys.events(started.id()).getLast().fact()).isEqualTo(new DecisionRecorded(Decision.DECLINE, Map.of(), true));
    }

    @Test
    void deciding_later_records_no_purposes_needs_no_signature_and_leads_to_the_receipt() {
        JourneyWalk.toDecision(journeys, started.id(), tablet);
        Journey journey = journeys.decide(started.id(), tablet, Decision.LATER, Map.of("improve-ai", true), Map.of());

        assertThat(journeys.events(started.id()).getLast().fact()).isEqualTo(new DecisionRecorded(Decision.LATER, Map.of(), null));
        assertThat(journey.state().status()).isEqualTo(JourneyStatus.DECIDE_LATER);
        assertThatThrownBy(() -> journeys.show(started.id(), tablet, Step.SIGNATURE, null)).isInstanceOf(JourneyRejected.class);
        assertThat(journeys.show(started.id(), tablet, Step.RECEIPT, null).state().current()).isEqualTo(Step.RECEIPT);
    }

    @Test
    void changing_a_decision_appends_and_keeps_the_first_one() {
        JourneyWalk.toDecision(journeys, started.id(), tablet);
        journeys.decide(started.id(), tablet, Decision.AGREE, Map.of("improve-ai", true), JourneyWalk.EVERY_SYSTEM_USED);
        journeys.decide(started.id(), tablet, Decision.AGREE, Map.of("improve-ai", false), JourneyWalk.EVERY_SYSTEM_USED);

        List<DecisionRecorded> decisions = journeys.events(started.id()).stream()
                .map(JourneyEvent::fact).filter(DecisionRecorded.class::isInstance).map(DecisionRecorded.class::cast).toList();
        assertThat(decisions).extracting(d -> d.purposes().get("improve-ai")).containsExactly(true, false);
        assertThat(journeys.find(started.id()).orElseThrow().state().decision().orElseThrow().purposes()).containsEntry("improve-ai", false);
    }

    @Test
    void a_signature_needs_a_decision_ink_and_for_a_representative_a_name_and_relationship() {
        byte[] ink = SignatureFixtures.inkedPng();
        JourneyWalk.toDecision(journeys, started.id(), tablet);
        assertRefused(() -> journeys.sign(started.id(), tablet, "f".repeat(64), SignatureMethod.PATIENT, ink, null, null),
                "journey.signature.needs-decision");
        String decision = JourneyWalk.decideAndOpenSignature(journeys, started.id(), tablet, Decision.AGREE, Map.of("improve-ai", true))
                .state().decisionHash().orElseThrow();

        assertRefused(() -> journeys.sign(started.id(), tablet, decision, SignatureMethod.PATIENT, SignatureFixtures.blankPng(), null, null),
                "journey.signature.empty");
        assertRefused(() -> journeys.sign(started.id(), tablet, decision, SignatureMethod.PATIENT, "not a png".getBytes(), null, null),
                "journey.signature.empty");
        assertRefused(() -> journeys.sign(started.id(), tablet, decision, SignatureMethod.REPRESENTATIVE, ink, " ", "daughter"),
                "journey.representative.name.required");
        assertRefused(() -> journeys.sign(started.id(), tablet, decision, SignatureMethod.REPRESENTATIVE, ink, "Lee", ""),
                "journey.representative.relationship.required");
        assertRefused(() -> journeys.sign(started.id(), tablet, decision, SignatureMethod.REPRESENTATIVE, new Confirmation.Drawn(ink), "Lee",
                "daughter", " \u202E "), "journey.representative.reason.required");
        assertRefused(() -> journeys.sign(started.id(), tablet, decision, SignatureMethod.REPRESENTATIVE, new Confirmation.Drawn(ink), "Lee",
                "daughter", "x".repeat(ConsentJourneys.MAX_REPRESENTATIVE_REASON_LENGTH + 1)), "journey.representative.reason.required");

        Journey signed = journeys.sign(started.id(), tablet, decision, SignatureMethod.REPRESENTATIVE, new Confirmation.Drawn(ink), " Lee ",
                "daughter", " Cannot hold a pen after a stroke ");

        Signed fact = signed.state().signature().orElseThrow();
        assertThat(fact.representativeName()).isEqualTo("Lee");
        assertThat(fact.representativeReason()).isEqualTo("Cannot hold a pen after a stroke");
        assertThat(fact.imageSha256()).hasSize(64);
        assertThat(fact.decision()).isEqualTo(decision);
        assertThat(signed.state().status()).isEqualTo(JourneyStatus.AGREED);
        assertThat(journeys.events(started.id()).stream().filter(e -> e.fact() instanceof Signed)).hasSize(1);
    }

    @Test
    void a_typed_name_signs_without_an_image_and_an_empty_or_invisible_name_is_refused() {
        String decision = decideToSign();

        assertRefused(() -> journeys.sign(started.id(), tablet, decision, SignatureMethod.PATIENT, new Confirmation.TypedName("  "), null, null),
                "journey.signature.typed-name.required");
        assertRefused(() -> journeys.sign(started.id(), tablet, decision, SignatureMethod.PATIENT, new Confirmation.TypedName("\u202E\u200B\u0007"), null, null),
                "journey.signature.typed-name.required");
        assertRefused(() -> journeys.sign(started.id(), tablet, decision, SignatureMethod.PATIENT, new Confirmation.TypedName("x".repeat(101)), null, null),
                "journey.signature.typed-name.required");
        assertThat(journeys.events(started.id()).stream().filter(e -> e.fact() instanceof Signed)).isEmpty();

        Journey signed = journeys.sign(started.id(), tablet, decision, SignatureMethod.PATIENT,
                new Confirmation.TypedName(" Kim\u202E  Mi-ja "), null, null);

        Signed fact = signed.state().signature().orElseThrow();
        assertThat(fact.formGiven()).isEqualTo(SignatureForm.TYPED_NAME);
        assertThat(fact.typedName()).isEqualTo("Kim Mi-ja");
        assertThat(fact.imagePngBase64()).isEmpty();
        assertThat(fact.witness()).isNull();
        assertThat(signed.state().status()).isEqualTo(JourneyStatus.AGREED);
    }

    @Test
    void a_witnessed_confirmation_names_its_witness_and_one_without_a_witness_is_refused() {
        String decision = decideToSign();

        assertRefused(() -> journeys.sign(started.id(), tablet, decision, SignatureMethod.PATIENT, new Confirmation.Witnessed(" "), null, null),
                "journey.signature.witness.unavailable");

        Journey signed = journeys.sign(started.id(), tablet, decision, SignatureMethod.REPRESENTATIVE, new Confirmation.Witnessed("nurse"),
                "Lee", "son", "Has dementia and cannot decide alone");

        Signed fact = signed.state().signature().orElseThrow();
        assertThat(fact.formGiven()).isEqualTo(SignatureForm.WITNESSED);
        assertThat(fact.witness()).isEqualTo("nurse");
        assertThat(fact.representativeName()).isEqualTo("Lee");
        assertThat(fact.typedName()).isNull();
    }

    @Test
    void a_signature_stored_before_there_was_a_choice_of_form_reads_as_drawn() {
        Signed older = new Signed(SignatureMethod.PATIENT, "a".repeat(64), "iVBOR", null, null, null, null, null, null, null, null, null);

        assertThat(older.formGiven()).isEqualTo(SignatureForm.DRAWN);
        assertThat(care.clearconsent.content.CanonicalJson.write(older)).doesNotContain("form").doesNotContain("witness").doesNotContain("typedName");
    }

    private String decideToSign() {
        JourneyWalk.toDecision(journeys, started.id(), tablet);
        return JourneyWalk.decideAndOpenSignature(journeys, started.id(), tablet, Decision.AGREE, Map.of("improve-ai", true))
                .state().decisionHash().orElseThrow();
    }

    @Test
    void steps_outside_the_plan_and_signing_before_deciding_are_refused() {
        assertRefused(() -> journeys.show(started.id(), tablet, Step.section("no-such-section"), null), "journey.step.unknown");
        assertRefused(() -> journeys.show(started.id(), tablet, Step.SIGNATURE, null), "journey.signature.needs-decision");
    }

    @Test
    void deciding_before_every_section_is_acknowledged_is_refused_and_nothing_is_stored() {
        JourneyWalk.read(journeys, started.id(), tablet, "ai-chest-xray");
        int before = journeys.events(started.id()).size();

        assertRefused(() -> journeys.decide(started.id(), tablet, Decision.AGREE, Map.of("improve-ai", true), JourneyWalk.EVERY_SYSTEM_USED), "journey.decision.sections-unread");
        assertRefused(() -> journeys.decide(started.id(), tablet, Decision.DECLINE, Map.of(), Map.of()), "journey.decision.sections-unread");
        assertRefused(() -> journeys.decide(started.id(), tablet, Decision.LATER, Map.of(), Map.of()), "journey.decision.sections-unread");
        assertThat(journeys.events(started.id())).hasSize(before);
    }

    @Test
    void deciding_with_a_question_not_yet_settled_is_refused_and_nothing_is_stored() {
        acknowledgeEverySection();
        int before = journeys.events(started.id()).size();

        assertRefused(() -> journeys.decide(started.id(), tablet, Decision.AGREE, Map.of("improve-ai", true), JourneyWalk.EVERY_SYSTEM_USED), "journey.decision.questions-open");
        assertRefused(() -> journeys.show(started.id(), tablet, Step.DECISION, null), "journey.step.out-of-order");
        assertThat(journeys.events(started.id())).hasSize(before);
    }

    @Test
    void signing_without_naming_the_decision_or_naming_another_one_is_refused_and_nothing_is_stored() {
        JourneyWalk.toDecision(journeys, started.id(), tablet);
        String first = JourneyWalk.decideAndOpenSignature(journeys, started.id(), tablet, Decision.AGREE, Map.of("improve-ai", true))
                .state().decisionHash().orElseThrow();
        journeys.show(started.id(), tablet, Step.DECISION, null);
        String second = JourneyWalk.decideAndOpenSignature(journeys, started.id(), tablet, Decision.DECLINE, Map.of())
                .state().decisionHash().orElseThrow();
        int before = journeys.events(started.id()).size();
        byte[] ink = SignatureFixtures.inkedPng();

        assertRefused(() -> journeys.sign(started.id(), tablet, null, SignatureMethod.PATIENT, ink, null, null), "journey.signature.names-no-decision");
        assertRefused(() -> journeys.sign(started.id(), tablet, " ", SignatureMethod.PATIENT, ink, null, null), "journey.signature.names-no-decision");
        assertRefused(() -> journeys.sign(started.id(), tablet, first, SignatureMethod.PATIENT, ink, null, null), "journey.signature.names-another-decision");
        assertThat(journeys.events(started.id())).hasSize(before);

        assertThat(journeys.sign(started.id(), tablet, second, SignatureMethod.PATIENT, ink, null, null).state().status())
                .isEqualTo(JourneyStatus.DECLINED);
    }

    @Test
    void steps_out_of_order_are_refused_each_with_its_reason_and_nothing_is_stored() {
        Question question = catalogue.current().content().questions().getFirst();
        int before = journeys.events(started.id()).size();

        assertRefused(() -> journeys.show(started.id(), tablet, Step.section("ai-early-warning"), null), "journey.step.out-of-order");
        assertRefused(() -> journeys.acknowledge(started.id(), tablet, "ai-chest-xray"), "journey.step.out-of-order");
        assertRefused(() -> journeys.answer(started.id(), tablet, question.id(), question.answer()), "journey.step.out-of-order");
        assertRefused(() -> journeys.show(started.id(), tablet, Step.RECEIPT, null), "journey.step.out-of-order");
        assertThat(journeys.events(started.id())).hasSize(before);
    }

    @Test
    void a_finished_journey_takes_no_more_steps() {
        JourneyWalk.agreeAndSign(journeys, started.id(), tablet, true);
        int before = journeys.events(started.id()).size();

        assertRefused(() -> journeys.decide(started.id(), tablet, Decision.DECLINE, Map.of(), Map.of()), "journey.ended");
        assertRefused(() -> journeys.show(started.id(), tablet, Step.DECISION, null), "journey.ended");
        assertRefused(() -> journeys.raiseQuestion(started.id(), tablet, "ai-chest-xray"), "journey.ended");
        assertRefused(() -> journeys.issueLink(started.id(), "nurse"), "journey.ended");
        assertThat(journeys.events(started.id())).hasSize(before);
        assertThat(journeys.show(started.id(), tablet, Step.RECEIPT, null).state().current()).isEqualTo(Step.RECEIPT);
    }

    @Test
    void journeys_cannot_start_for_unknown_patients() {
        assertThatThrownBy(() -> journeys.start(care.clearconsent.patients.PatientId.generate(), "nurse", "web"))
                .isInstanceOf(JourneyRejected.class);
    }

    private void acknowledgeEverySection() {
        for (var section : catalogue.current().content().sections()) {
            JourneyWalk.read(journeys, started.id(), tablet, section.id());
        }
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, String reason) {
        assertThatThrownBy(action).isInstanceOfSatisfying(JourneyRejected.class, e -> assertThat(e.messageKey()).isEqualTo(reason));
    }
}
