package care.clearconsent.patients;

import java.time.Instant;

/** A registered patient as staff see them. The phone number is in E.164 form. */
public record Patient(PatientId id, String displayName, String phoneNumber, Instant registeredAt) {
}
