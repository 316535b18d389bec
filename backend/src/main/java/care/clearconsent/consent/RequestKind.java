package care.clearconsent.consent;

/**
 * What a patient may ask about an AI-assisted decision (PIPA Art. 37-2): an explanation of it, or a review of it by a
 * person.
 */
public enum RequestKind {
    EXPLANATION,
    HUMAN_REVIEW
}
