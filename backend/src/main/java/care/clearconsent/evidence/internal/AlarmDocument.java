package care.clearconsent.evidence.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Something the log's checks found wrong, shown to administrators until one of them marks it seen. */
@Document("tlog_alarms")
public record AlarmDocument(@Id @Nullable String id, Instant raisedAt, String message, @Nullable Instant seenAt, @Nullable String seenBy) {
}
