package care.clearconsent.consent;

import care.clearconsent.patients.TestPatients;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.consent.JourneyFact.JourneyStarted;
import care.clearconsent.consent.JourneyFact.QuizAnswered;
import care.clearconsent.content.CanonicalJson;
import care.clearconsent.content.Question;
import care.clearconsent.explanation.ExplanationCatalogue;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The right answer has no fixed place: each journey draws its own order, and every answer records the order it was given in. */
@SpringBootTest(properties = "clearconsent.journey.quiz-order-seed=20261126")
class QuizOrderTest {

    @Autowired
    ConsentJourneys journeys;
    @Autowired
    PatientRegistry patients;
    @Autowired
    ExplanationCatalogue catalogue;

    @Test
    void two_journeys_show_the_choices_in_different_orders_each_a_permutation_of_the_content() {
        Patient patient = patients.register(TestPatients.newPatient("Order", "010-5555-0101"), "nurse");
        Journey first = journeys.find(journeys.start(patient.id(), "nurse", "desk").id()).orElseThrow();
        Journey second = journeys.find(journeys.start(patient.id(), "nurse", "desk").id()).orElseThrow();

        List<Question> questions = catalogue.current().content().questions();
        List<List<String>> firstOrders = questions.stream().map(first.state()::optionOrder).toList();
        List<List<String>> secondOrders = questions.stream().map(second.state()::optionOrder).toList();

        assertThat(firstOrders).isNotEqualTo(secondOrders);
        for (int i = 0; i < questions.size(); i++) {
            assertThat(firstOrders.get(i)).containsExactlyInAnyOrderElementsOf(questions.get(i).options());
            assertThat(secondOrders.get(i)).containsExactlyInAnyOrderElementsOf(questions.get(i).options());
        }
        JourneyStarted stored = (JourneyStarted) journeys.events(first.id()).getFirst().fact();
        assertThat(stored.optionOrder()).hasSize(questions.size());
    }

    @Test
    void over_many_journeys_the_right_answer_takes_every_place() {
        Patient patient = patients.register(TestPatients.newPatient("Places", "010-5555-0102"), "nurse");
        Question question = catalogue.current().content().questions().getFirst();
        Set<Integer> places = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            Journey journey = journeys.find(journeys.start(patient.id(), "nurse", "desk").id()).orElseThrow();
            places.add(journey.state().optionOrder(question).indexOf(question.answer()));
        }
        assertThat(places).hasSize(question.options().size());
    }

    @Test
    void an_answer_records_the_order_the_choices_were_shown_in() {
        Patient patient = patients.register(TestPatients.newPatient("Attempt", "010-5555-0103"), "nurse");
        JourneyId id = journeys.start(patient.id(), "nurse", "desk").id();
        Origin tablet = new Origin(Actor.patient(patient.id().value()), "web-tablet");
        Question question = catalogue.current().content().questions().getFirst();
        for (Step step : journeys.find(id).orElseThrow().plan().steps()) {
            if (step.kind() == Step.Kind.SECTION) {
                JourneyWalk.read(journeys, id, tablet, step.ref());
            }
        }
        journeys.show(id, tablet, Step.question(question.id()), null);

        journeys.answer(id, tablet, question.id(), question.answer());

        Journey journey = journeys.find(id).orElseThrow();
        QuizAnswered answered = journey.state().answers(question.id()).getLast();
        assertThat(answered.shown()).isEqualTo(journey.state().optionOrder(question));
    }

    @Test
    void a_journey_started_before_choices_were_shuffled_keeps_its_hashed_form_and_shows_the_content_order() {
        JourneyStarted older = new JourneyStarted("p", "v", "1", Map.of("ai", "X 1"), null, null);
        QuizAnswered olderAnswer = new QuizAnswered("q", "a", true, 1, null);

        assertThat(CanonicalJson.write(older)).doesNotContain("optionOrder");
        assertThat(CanonicalJson.write(olderAnswer)).doesNotContain("shown");
        JourneyState state = new JourneyState();
        Question question = catalogue.current().content().questions().getFirst();
        assertThat(state.optionOrder(question)).isEqualTo(question.options());
    }
}
