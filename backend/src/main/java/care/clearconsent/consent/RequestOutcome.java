package care.clearconsent.consent;

/** How a patient's request was answered. */
public enum RequestOutcome {
    /** The decision and the AI's part in it were explained to the patient. */
    EXPLAINED,
    /** A clinician reviewed the decision and kept it. */
    REVIEWED_DECISION_KEPT,
    /** A clinician reviewed the decision and changed it. */
    REVIEWED_DECISION_CHANGED
}
