package care.clearconsent.consent;

import care.clearconsent.content.Question;
import java.util.Map;

/** Walks a journey through the service the way the tablet does, so tests reach a step by the rules, not around them. */
public final class JourneyWalk {

    private JourneyWalk() {
    }

    /** Reads and acknowledges every section, answers every question right, and shows the decision screen. */
    public static Journey toDecision(ConsentJourneys journeys, JourneyId id, Origin origin) {
        Journey journey = journeys.find(id).orElseThrow();
        for (Step step : journey.plan().steps()) {
            switch (step.kind()) {
                case SECTION -> read(journeys, id, origin, step.ref());
                case QUESTION -> {
                    journeys.show(id, origin, step, null);
                    Question question = journey.content().content().question(step.ref()).orElseThrow();
                    journeys.answer(id, origin, question.id(), question.answer());
                }
                case DECISION -> {
                    return journeys.show(id, origin, step, null);
                }
                default -> {
                    // welcome: nothing to do
                }
            }
        }
        throw new IllegalStateException("The plan has no decision step");
    }

    /** Opens a section, shows each of its parts in turn and acknowledges it at the end, as the tablet does. */
    public static Journey read(ConsentJourneys journeys, JourneyId id, Origin origin, String section) {
        journeys.show(id, origin, Step.section(section), null);
        showEveryPage(journeys, id, origin, section);
        return journeys.acknowledge(id, origin, section);
    }

    /** Shows each part of the section on screen after the first, in order. */
    public static void showEveryPage(ConsentJourneys journeys, JourneyId id, Origin origin, String section) {
        int pages = journeys.find(id).orElseThrow().content().content().section(section).orElseThrow().pageCount();
        for (int page = 1; page < pages; page++) {
            journeys.showPage(id, origin, section, page);
        }
    }

    /** Decides and moves to the signature screen; returns the journey there. */
    public static Journey decideAndOpenSignature(ConsentJourneys journeys, JourneyId id, Origin origin, Decision decision,
                                                 Map<String, Boolean> purposes) {
        journeys.decide(id, origin, decision, purposes);
        return journeys.show(id, origin, Step.SIGNATURE, null);
    }

    /** Walks to the end: agrees (to AI improvement as given) and signs the decision shown. */
    public static Journey agreeAndSign(ConsentJourneys journeys, JourneyId id, Origin origin, boolean improveAi) {
        toDecision(journeys, id, origin);
        Journey atSignature = decideAndOpenSignature(journeys, id, origin, Decision.AGREE, Map.of("improve-ai", improveAi));
        return journeys.sign(id, origin, atSignature.state().decisionHash().orElseThrow(), SignatureMethod.PATIENT,
                SignatureFixtures.inkedPng(), null, null);
    }
}
