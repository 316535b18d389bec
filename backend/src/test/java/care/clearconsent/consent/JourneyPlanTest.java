package care.clearconsent.consent;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.content.ContentLoader;
import care.clearconsent.content.ContentPackage;
import org.junit.jupiter.api.Test;

class JourneyPlanTest {

    private final ContentPackage content = ContentLoader.loadShipped();
    private final JourneyPlan plan = JourneyPlan.of(content);

    @Test
    void the_plan_is_welcome_sections_questions_decision_signature_receipt() {
        assertThat(plan.steps().getFirst()).isEqualTo(Step.WELCOME);
        assertThat(plan.steps().get(1)).isEqualTo(Step.section(content.sections().getFirst().id()));
        assertThat(plan.steps().subList(plan.steps().size() - 3, plan.steps().size()))
                .containsExactly(Step.DECISION, Step.SIGNATURE, Step.RECEIPT);
        assertThat(plan.steps()).hasSize(1 + content.sections().size() + content.questions().size() + 3);
    }

    @Test
    void numbering_counts_every_step_but_the_receipt() {
        assertThat(plan.number(Step.WELCOME)).isEqualTo(1);
        assertThat(plan.countedSteps()).isEqualTo(plan.steps().size() - 1);
        assertThat(plan.number(Step.SIGNATURE)).isEqualTo(plan.countedSteps());
    }

    @Test
    void next_and_previous_stop_at_the_ends() {
        assertThat(plan.previous(Step.WELCOME)).isEqualTo(Step.WELCOME);
        assertThat(plan.next(Step.RECEIPT)).isEqualTo(Step.RECEIPT);
        assertThat(plan.next(Step.DECISION)).isEqualTo(Step.SIGNATURE);
    }

    @Test
    void step_keys_read_back() {
        for (Step step : plan.steps()) {
            assertThat(Step.fromKey(step.key())).isEqualTo(step);
        }
    }
}
