package care.clearconsent.consent.internal;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The fixed facts of a journey: for whom, on which content version, started by whom. Never changed. */
@Document("journeys")
public record JourneyDocument(@Id String id, String patientId, String contentVersion, Instant startedAt, String startedBy) {
}
