package care.clearconsent.consent;

/** How the signer confirmed the decision: every hand can sign, and the record says which way it was done. */
public enum SignatureForm {
    /** Drawn with a finger, stylus or mouse on the signature pad; the image is kept. */
    DRAWN,
    /** The signer typed their full name. */
    TYPED_NAME,
    /** The signer pressed "Confirm" while the nurse who handed over the tablet watched; the nurse is named as witness. */
    WITNESSED
}
