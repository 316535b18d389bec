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
        journeys.decide(id, origin, decision, purposes, decision == Decision.AGREE ? EVERY_SYSTEM_USED : Map.of());
        return journeys.show(id, origin, Step.SIGNATURE, null);
    }

    /** Agreeing to each AI system the shipped defaults let a patient decline one by one. */
    public static final Map<String, Boolean> EVERY_SYSTEM_USED = Map.of("ai-chest-xray", true, "ai-early-warning", true, "ai-note-drafting", true);

    /** Walks to the end: agrees (to AI improvement as given) and signs the decision shown. */
    public static Journey agreeAndSign(ConsentJourneys journeys, JourneyId id, Origin origin, boolean improveAi) {
        return agreeAndSign(journeys, id, origin, improveAi, EVERY_SYSTEM_USED);
    }

    /** Walks to the end: agrees with these choices per AI system and signs the decision shown. */
    public static Journey agreeAndSign(ConsentJourneys journeys, JourneyId id, Origin origin, boolean improveAi, Map<String, Boolean> aiSystems) {
        toDecision(journeys, id, origin);
        journeys.decide(id, origin, Decision.AGREE, Map.of("improve-ai", improveAi), aiSystems);
        Journey atSignature = journeys.show(id, origin, Step.SIGNATURE, null);
        return journeys.sign(id, origin, atSignature.state().decisionHash().orElseThrow(), SignatureMethod.PATIENT,
                SignatureFixtures.inkedPng(), null, null);
    }
}
