package care.clearconsent.patients;

import java.time.Instant;

/** A registered patient as staff see them. The phone number is in E.164 form. */
public record Patient(PatientId id, String displayName, String phoneNumber, String hospitalNumber, int birthYear, Instant registeredAt) {

    /** The last four digits of the phone number: with the birth year, tells two patients of the same name apart at a glance. */
    public String phoneEnding() {
        return phoneNumber.substring(Math.max(0, phoneNumber.length() - 4));
    }
}
