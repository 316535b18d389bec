package care.clearconsent.consent;

public enum SignatureMethod {
    /** The patient signed with a finger or stylus. */
    PATIENT,
    /** A representative (named, with their relationship) signed for the patient. */
    REPRESENTATIVE
}
