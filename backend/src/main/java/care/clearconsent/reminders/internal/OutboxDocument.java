package care.clearconsent.reminders.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One text message in {@code sms_outbox}. The number and the body (it holds a personal link) are encrypted, each bound
 * to this message; {@code toKey} is the number's blind index, to find blocks and STOP replies without decrypting.
 *
 * @param dedupeKey  what the message is for (its kind and the event that asked for it): unique, so one event never
 *                   schedules two messages
 * @param lookUpFirst set when a send's outcome is unknown (no answer, or a crash while sending): the next attempt
 *                   first asks Twilio whether the message was taken
 */
@Document("sms_outbox")
public record OutboxDocument(@Id String id, @Indexed String patientId, @Nullable String journeyId, String kind, String language,
                             @Indexed Instant dueAt, @Nullable Instant notAfter, @Indexed String state, int attempts, byte[] toCipher,
                             @Indexed String toKey, byte @Nullable [] bodyCipher, @Nullable String providerId,
                             @Nullable String lastError, @Nullable String claimedBy, @Nullable Instant leaseUntil, boolean lookUpFirst,
                             Instant createdAt, @Indexed(unique = true) String dedupeKey, List<HistoryEntry> history) {

    public record HistoryEntry(Instant at, String state, String detail) {
    }
}
