package care.clearconsent.consent;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A patient's request for an explanation or a human review, with the deadline the law sets for the answer and, once
 * answered, when, by whom and how. {@code aiSystem} names the AI system whose part in the decision is asked about.
 */
public record PatientRequest(String id, JourneyId journeyId, String patientId, RequestKind kind, @Nullable String aiSystem,
                             Instant madeAt, String madeBy, Instant dueBy, @Nullable Instant answeredAt, @Nullable String answeredBy,
                             @Nullable RequestOutcome outcome) {

    public boolean open() {
        return answeredAt == null;
    }

    /** Still unanswered after its deadline. */
    public boolean overdueAt(Instant now) {
        return open() && now.isAfter(dueBy);
    }
}
