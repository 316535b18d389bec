package care.clearconsent.consent;

import care.clearconsent.content.ContentPackage;
import care.clearconsent.content.Question;
import care.clearconsent.content.Section;
import java.util.ArrayList;
import java.util.List;

/** The screens of a journey in order, derived from the content version it runs on. */
public record JourneyPlan(List<Step> steps) {

    public JourneyPlan {
        steps = List.copyOf(steps);
    }

    public static JourneyPlan of(ContentPackage content) {
        List<Step> steps = new ArrayList<>();
        steps.add(Step.WELCOME);
        content.sections().stream().map(Section::id).map(Step::section).forEach(steps::add);
        content.questions().stream().map(Question::id).map(Step::question).forEach(steps::add);
        steps.add(Step.DECISION);
        steps.add(Step.SIGNATURE);
        steps.add(Step.RECEIPT);
        return new JourneyPlan(steps);
    }

    /** 1-based position shown to the patient ("Step 3 of 14"); the receipt is not counted. */
    public int number(Step step) {
        return steps.indexOf(step) + 1;
    }

    public int countedSteps() {
        return steps.size() - 1;
    }

    public Step next(Step step) {
        int index = steps.indexOf(step);
        return index < 0 || index + 1 >= steps.size() ? step : steps.get(index + 1);
    }

    public Step previous(Step step) {
        int index = steps.indexOf(step);
        return index <= 0 ? step : steps.get(index - 1);
    }

    public boolean contains(Step step) {
        return steps.contains(step);
    }
}
