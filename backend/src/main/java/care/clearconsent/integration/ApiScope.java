package care.clearconsent.integration;

/** What an API key may do; an administrator grants each key only what its system needs. */
public enum ApiScope {
    /** Read patients' consent status. */
    READ_STATUS,
    /** Create patient invitations (a journey and its link). */
    CREATE_INVITATIONS,
    /** Read consent evidence as FHIR resources. */
    READ_EVIDENCE
}
