package care.clearconsent.consent;

/** How well the patient explained a key point back in their own words, as the nurse judged it. */
public enum TeachBackScore {
    UNDERSTOOD, PARTLY, NOT_UNDERSTOOD
}
