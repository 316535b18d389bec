package care.clearconsent.reminders;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A text message as staff see it: never its body (it holds a personal link) and only the end of the number.
 *
 * @param lastError Twilio's error code and message, or why we stopped
 */
public record OutboxMessage(String id, String patientId, @Nullable String journeyId, MessageKind kind, MessageState state, Instant dueAt,
                            int attempts, String phoneEnding, @Nullable String lastError, List<Change> history) {

    public record Change(Instant at, MessageState state, String detail) {
    }
}
