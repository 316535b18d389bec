package care.clearconsent.content;

/** Whether a section explains an AI system or how the patient's data is handled. */
public enum SectionKind {
    AI_SYSTEM,
    DATA_HANDLING
}
