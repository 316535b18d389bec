package care.clearconsent.patients.internal;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Identifying data, kept apart from consent records, which only name the pseudonym. */
@Document("patients")
public record PatientDocument(@Id String id, String displayName, String phoneNumber, Instant registeredAt, String registeredBy) {
}
