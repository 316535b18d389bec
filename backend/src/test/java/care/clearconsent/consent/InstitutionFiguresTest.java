package care.clearconsent.consent;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.content.Question;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import care.clearconsent.patients.TestPatients;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The institution's figures follow the recorded events: each journey added moves exactly the counts it should. */
@SpringBootTest
class InstitutionFiguresTest {

    @Autowired
    ConsentFiguresService figures;
    @Autowired
    ConsentJourneys journeys;
    @Autowired
    PatientRegistry patients;

    @Test
    void an_agreement_over_85_and_a_refusal_under_45_are_counted_in_their_age_bands_with_quiz_teach_back_and_systems() {
        InstitutionFigures before = figures.figures();

        JourneyId older = walk(patients.register(TestPatients.newPatient("Figures Elder", "010-7900-0001", 1936), "nurse"), true, Decision.AGREE);
        journeys.recordAssistance(older, new Origin(Actor.nurse("nurse"), "desk"),
                Map.of(ConsentJourneys.keyPoints(journeys.find(older).orElseThrow()).iterator().next(), TeachBackScore.PARTLY),
                List.copyOf(ConsentJourneys.keyPoints(journeys.find(older).orElseThrow())), true);
        walk(patients.register(TestPatients.newPatient("Figures Young", "010-7900-0002", 1990), "nurse"), false, Decision.DECLINE);
        InstitutionFigures after = figures.figures();

        assertThat(after.journeys() - before.journeys()).isEqualTo(2);
        var elder = delta(before.byAgeBand(), after.byAgeBand(), "85+");
        assertThat(elder).containsExactly(1, 1, 0, 0, 0, 0, questionCount(older), questionCount(older), 0, 1, 0);
        var young = delta(before.byAgeBand(), after.byAgeBand(), "under-45");
        assertThat(young).containsExactly(1, 0, 1, 0, 0, 0, questionCount(older), 0, 0, 0, 0);
        assertThat(delta(before.byLanguage(), after.byLanguage(), "ko")[0]).isEqualTo(2);
        assertThat(after.quiz()).anySatisfy(q -> assertThat(q.ageBand()).isEqualTo("85+"));
        assertThat(after.aiSystems()).as("asked only of those who agree").anySatisfy(s -> assertThat(s.ageBand()).isEqualTo("85+"))
                .noneSatisfy(s -> assertThat(s.ageBand()).isEqualTo("under-45"));
        assertThat(after.sectionTimes()).allSatisfy(t -> assertThat(t.readingSeconds()).isPositive());
        assertThat(after.sectionTimes()).as("section time by age band").anySatisfy(t -> assertThat(t.ageBand()).isEqualTo("85+"))
                .anySatisfy(t -> assertThat(t.ageBand()).isEqualTo("under-45"));
        // Both read every section at once, without listening: flagged as too fast, as on their own records.
        assertThat(flag(after, "85+", true) - flag(before, "85+", true)).isEqualTo(1);
        assertThat(flag(after, "under-45", true) - flag(before, "under-45", true)).isEqualTo(1);
        assertThat(flag(after, "under-45", false) - flag(before, "under-45", false)).as("one wrong answer is not three").isZero();
        assertThat(JourneyFlags.of(journeys.find(older).orElseThrow(), journeys.events(older)))
                .anySatisfy(f -> assertThat(f.kind()).isEqualTo(JourneyFlags.Kind.COMPLETED_TOO_FAST));
    }

    private static int flag(InstitutionFigures figures, String band, boolean tooFast) {
        return figures.byAgeBand().stream().filter(g -> g.value().equals(band)).findFirst()
                .map(g -> tooFast ? g.flaggedTooFast() : g.flaggedQuizFailed()).orElse(0);
    }

    @Test
    void the_csv_holds_the_same_counts_as_the_figures() {
        walk(patients.register(TestPatients.newPatient("Figures Csv", "010-7900-0003", 1950), "nurse"), true, Decision.AGREE);
        InstitutionFigures now = figures.figures();
        List<String> lines = now.csv().lines().toList();

        assertThat(lines.getFirst()).isEqualTo("dimension,value,measure,count,of");
        for (InstitutionFigures.Group group : now.byAgeBand()) {
            assertThat(lines).contains("age-band,\"" + group.value() + "\",agreed," + group.agreed() + "," + group.journeys());
            assertThat(lines).contains("age-band,\"" + group.value() + "\",quiz-first-try-right," + group.quizFirstTriesRight() + "," + group.quizFirstTries());
        }
        assertThat(lines).allSatisfy(line -> assertThat(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")).hasSize(5));
    }

    private int questionCount(JourneyId id) {
        return journeys.find(id).orElseThrow().content().content().questions().size();
    }

    /** A journey read through, the quiz answered (right or wrong at the first try, then right), decided and signed. */
    private JourneyId walk(Patient patient, boolean rightFirstTime, Decision decision) {
        JourneyId id = journeys.start(patient.id(), "nurse", "desk").id();
        Origin tablet = new Origin(Actor.patient(patient.id().value()), "web-tablet");
        Journey journey = journeys.find(id).orElseThrow();
        for (Step step : journey.plan().steps()) {
            if (step.kind() == Step.Kind.SECTION) {
                JourneyWalk.read(journeys, id, tablet, step.ref());
            } else if (step.kind() == Step.Kind.QUESTION) {
                journeys.show(id, tablet, step, null);
                Question question = journey.content().content().question(step.ref()).orElseThrow();
                if (!rightFirstTime) {
                    journeys.answer(id, tablet, question.id(), question.options().stream().filter(o -> !question.isCorrect(o)).findFirst().orElseThrow());
                }
                journeys.answer(id, tablet, question.id(), question.answer());
            }
        }
        journeys.show(id, tablet, Step.DECISION, null);
        Map<String, Boolean> systems = decision == Decision.AGREE ? JourneyWalk.EVERY_SYSTEM_USED : Map.of();
        journeys.decide(id, tablet, decision, Map.of("improve-ai", false), systems);
        if (decision == Decision.AGREE) {
            Journey atSignature = journeys.show(id, tablet, Step.SIGNATURE, null);
            journeys.sign(id, tablet, atSignature.state().decisionHash().orElseThrow(), SignatureMethod.PATIENT, SignatureFixtures.inkedPng(), null, null);
        }
        return id;
    }

    /** journeys, agreed, declined, later, withdrawn, open, quiz first tries, right, teach-back understood, partly, not. */
    private static int[] delta(List<InstitutionFigures.Group> before, List<InstitutionFigures.Group> after, String value) {
        int[] b = counts(before, value);
        int[] a = counts(after, value);
        return Arrays.stream(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}).map(i -> a[i] - b[i]).toArray();
    }

    private static int[] counts(List<InstitutionFigures.Group> groups, String value) {
        return groups.stream().filter(g -> g.value().equals(value)).findFirst()
                .map(g -> new int[] {g.journeys(), g.agreed(), g.declined(), g.decideLater(), g.withdrawn(), g.open(), g.quizFirstTries(),
                        g.quizFirstTriesRight(), g.teachBackUnderstood(), g.teachBackPartly(), g.teachBackNot()})
                .orElse(new int[11]);
    }
}
