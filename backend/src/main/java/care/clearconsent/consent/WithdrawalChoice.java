package care.clearconsent.consent;

import java.util.ArrayList;
import java.util.List;

/** One thing that can still be withdrawn from an agreement: the whole of it, a purpose or an AI system. */
public record WithdrawalChoice(WithdrawalScope scope, String target) {

    /** Everything still in force, in the order the screens offer it: all, each purpose agreed to, each AI system. */
    public static List<WithdrawalChoice> available(Journey journey) {
        JourneyState state = journey.state();
        if (state.status() != JourneyStatus.AGREED) {
            return List.of();
        }
        var content = journey.content().content();
        List<WithdrawalChoice> choices = new ArrayList<>(List.of(new WithdrawalChoice(WithdrawalScope.ALL, "")));
        content.purposes().stream().filter(purpose -> state.purposeInForce(purpose.id()))
                .forEach(purpose -> choices.add(new WithdrawalChoice(WithdrawalScope.PURPOSE, purpose.id())));
        content.aiSystems().stream().filter(system -> !state.withdrawnSystems().contains(system.id()) && !state.declinedSystems().contains(system.id()))
                .forEach(system -> choices.add(new WithdrawalChoice(WithdrawalScope.AI_SYSTEM, system.id())));
        return List.copyOf(choices);
    }
}
