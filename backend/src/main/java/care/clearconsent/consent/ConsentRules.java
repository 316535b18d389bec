package care.clearconsent.consent;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The rules of informed consent, checked by the service for every client (tablet, phone, hospital system) against the
 * journey as stored. Each refusal names its own reason; the message key is the reason code.
 */
final class ConsentRules {

    static final String ENDED = "journey.ended";
    static final String OUT_OF_ORDER = "journey.step.out-of-order";
    static final String SECTIONS_UNREAD = "journey.decision.sections-unread";
    static final String PAGES_UNREAD = "journey.section.pages-unread";
    static final String QUESTIONS_OPEN = "journey.decision.questions-open";
    static final String NEEDS_DECISION = "journey.signature.needs-decision";
    static final String NAMES_NO_DECISION = "journey.signature.names-no-decision";
    static final String NAMES_ANOTHER_DECISION = "journey.signature.names-another-decision";

    private ConsentRules() {
    }

    /** Once signed or decided later, a journey takes no more steps: a change of mind is a new journey. */
    /** Only a signed agreement can be withdrawn, each part once; an unknown purpose or system is refused. */
    static void requireWithdrawable(Journey journey, WithdrawalScope scope, @Nullable String target) {
        JourneyState state = journey.state();
        if (state.status() != JourneyStatus.AGREED) {
            throw new JourneyRejected("journey.withdraw.not-agreed");
        }
        switch (scope) {
            case ALL -> {
            }
            case PURPOSE -> {
                if (target == null || !state.purposeInForce(target)) {
                    throw new JourneyRejected("journey.withdraw.unknown");
                }
            }
            case AI_SYSTEM -> {
                boolean explained = target != null && journey.content().content().section(target).filter(care.clearconsent.content.Section::isAiSystem).isPresent();
                // A system declined when deciding was never agreed to: there is nothing to withdraw.
                if (!explained || state.withdrawnSystems().contains(target) || state.declinedSystems().contains(target)) {
                    throw new JourneyRejected("journey.withdraw.unknown");
                }
            }
        }
    }

    static void requireOpen(Journey journey) {
        if (journey.state().ended()) {
            throw new JourneyRejected(ENDED);
        }
    }

    /**
     * A screen may be shown when every screen before it in the plan is done: sections acknowledged, questions settled,
     * a decision to sign for. Going back is always allowed; the receipt only once the journey has ended.
     */
    static void requireReachable(Journey journey, Step step) {
        JourneyState state = journey.state();
        if (step.equals(Step.RECEIPT)) {
            if (!state.ended()) {
                throw new JourneyRejected(OUT_OF_ORDER);
            }
            return;
        }
        requireOpen(journey);
        if (step.equals(Step.SIGNATURE) && state.decision().filter(d -> d.decision() != Decision.LATER).isEmpty()) {
            throw new JourneyRejected(NEEDS_DECISION);
        }
        for (Step earlier : journey.plan().steps()) {
            if (earlier.equals(step)) {
                return;
            }
            if (!done(state, earlier)) {
                throw new JourneyRejected(OUT_OF_ORDER);
            }
        }
    }

    private static boolean done(JourneyState state, Step step) {
        return switch (step.kind()) {
            case WELCOME -> true;
            case SECTION -> state.isAcknowledged(step.ref());
            case QUESTION -> state.questionSettled(step.ref());
            case DECISION -> state.decision().isPresent();
            case SIGNATURE, RECEIPT -> state.ended();
        };
    }

    /** Acknowledging a section or answering a question happens on that screen, not from anywhere. */
    static void requireOnScreen(Journey journey, Step step) {
        requireOpen(journey);
        if (!journey.state().current().equals(step)) {
            throw new JourneyRejected(OUT_OF_ORDER);
        }
    }

    /** A decision only after every section is acknowledged and every question settled, on the decision screen. */
    /** A section shown in parts is acknowledged once, at its end: every part must have been on screen. */
    static void requireEveryPageSeen(Journey journey, String section, int pageCount) {
        if (journey.state().furthestPage(section) < pageCount - 1) {
            throw new JourneyRejected(PAGES_UNREAD);
        }
    }

    /**
     * A decision can be recorded: one is given, it names only known purposes and AI systems that can be declined, and
     * agreeing answers every purpose and every such system.
     */
    static void requireDecidable(Journey journey, @Nullable Decision decision, Map<String, Boolean> purposes,
                                 Map<String, Boolean> aiSystems) {
        if (decision == null) {
            throw new JourneyRejected("journey.decision.required");
        }
        var content = journey.content().content();
        List<String> known = content.purposes().stream().map(care.clearconsent.content.Purpose::id).toList();
        if (!known.containsAll(purposes.keySet())) {
            throw new JourneyRejected("journey.purpose.unknown");
        }
        List<String> declinable = content.declinableSystems().stream().map(care.clearconsent.content.Section::id).toList();
        if (!declinable.containsAll(aiSystems.keySet())) {
            throw new JourneyRejected("journey.system.unknown");
        }
        if (decision == Decision.AGREE && !purposes.keySet().containsAll(known)) {
            throw new JourneyRejected("journey.purpose.required");
        }
        if (decision == Decision.AGREE && !aiSystems.keySet().containsAll(declinable)) {
            throw new JourneyRejected("journey.system.required");
        }
        requireReadyToDecide(journey);
    }

    static void requireReadyToDecide(Journey journey) {
        requireOpen(journey);
        JourneyState state = journey.state();
        for (Step step : journey.plan().steps()) {
            if (step.kind() == Step.Kind.SECTION && !state.isAcknowledged(step.ref())) {
                throw new JourneyRejected(SECTIONS_UNREAD);
            }
            if (step.kind() == Step.Kind.QUESTION && !state.questionSettled(step.ref())) {
                throw new JourneyRejected(QUESTIONS_OPEN);
            }
        }
        if (!state.current().equals(Step.DECISION)) {
            throw new JourneyRejected(OUT_OF_ORDER);
        }
    }

    /** A signature confirms one decision: the one in force, named by the hash of its event. */
    static void requireSignable(Journey journey, @Nullable String decisionHash) {
        requireOpen(journey);
        JourneyState state = journey.state();
        if (state.decision().filter(d -> d.decision() != Decision.LATER).isEmpty()) {
            throw new JourneyRejected(NEEDS_DECISION);
        }
        if (decisionHash == null || decisionHash.isBlank()) {
            throw new JourneyRejected(NAMES_NO_DECISION);
        }
        if (!Objects.equals(state.decisionHash().orElse(null), decisionHash)) {
            throw new JourneyRejected(NAMES_ANOTHER_DECISION);
        }
        if (!state.current().equals(Step.SIGNATURE)) {
            throw new JourneyRejected(OUT_OF_ORDER);
        }
    }
}
