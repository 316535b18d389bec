package care.clearconsent.handover;

/** A pairing the nurse asked for was refused; nothing changed. The message key says why in the nurse's language. */
public class PairingRejected extends RuntimeException {

    private final String messageKey;

    public PairingRejected(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
