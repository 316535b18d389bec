package care.clearconsent.consent;

/** Who caused an event: the patient (by pseudonym), a nurse (by user name) or the system. */
public record Actor(Kind kind, String id) {

    public enum Kind { PATIENT, NURSE, SYSTEM }

    public static Actor patient(String patientId) {
        return new Actor(Kind.PATIENT, patientId);
    }

    public static Actor nurse(String username) {
        return new Actor(Kind.NURSE, username);
    }
}
