package care.clearconsent.consent;

/** What the signer gave to confirm a decision, in one of the {@link SignatureForm}s. */
public sealed interface Confirmation {

    SignatureForm form();

    /** A drawing on the pad, as PNG bytes. */
    record Drawn(byte[] png) implements Confirmation {
        @Override
        public SignatureForm form() {
            return SignatureForm.DRAWN;
        }
    }

    /** The signer's full name, typed. */
    record TypedName(String name) implements Confirmation {
        @Override
        public SignatureForm form() {
            return SignatureForm.TYPED_NAME;
        }
    }

    /** A confirmation witnessed by a staff member; {@code witness} comes from the server, never from what was typed. */
    record Witnessed(String witness) implements Confirmation {
        @Override
        public SignatureForm form() {
            return SignatureForm.WITNESSED;
        }
    }
}
