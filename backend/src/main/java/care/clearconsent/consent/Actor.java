package care.clearconsent.consent;

/**
 * Who caused an event: the patient (by pseudonym), a nurse (by user name), the system, or another member of staff
 * (by user name) who looked at or exported the record.
 */
public record Actor(Kind kind, String id) {

    public enum Kind { PATIENT, NURSE, SYSTEM, STAFF }

    public static Actor patient(String patientId) {
        return new Actor(Kind.PATIENT, patientId);
    }

    public static Actor nurse(String username) {
        return new Actor(Kind.NURSE, username);
    }

    public static Actor staff(String username) {
        return new Actor(Kind.STAFF, username);
    }
}
