package care.clearconsent.patients;

import java.time.Instant;

/** A registered patient as staff see them. The phone number is in E.164 form. */
public record Patient(PatientId id, String displayName, String phoneNumber, String hospitalNumber, int birthYear, Instant registeredAt) {

    /** The age bands the institution's figures are broken down by, youngest first. */
    public static final java.util.List<String> AGE_BANDS = java.util.List.of("under-45", "45-64", "65-74", "75-84", "85+");

    /** The patient's age band on a day, from the birth year alone (so within a year of the truth, which a band absorbs). */
    public String ageBand(java.time.LocalDate on) {
        int age = on.getYear() - birthYear;
        return age < 45 ? "under-45" : age < 65 ? "45-64" : age < 75 ? "65-74" : age < 85 ? "75-84" : "85+";
    }

    /** The last four digits of the phone number: with the birth year, tells two patients of the same name apart at a glance. */
    public String phoneEnding() {
        return phoneNumber.substring(Math.max(0, phoneNumber.length() - 4));
    }
}
