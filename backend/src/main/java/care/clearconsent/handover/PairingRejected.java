package care.clearconsent.handover;

import care.clearconsent.shared.Refused;

/** A pairing the nurse asked for was refused; nothing changed. The message key says why in the nurse's language. */
public class PairingRejected extends Refused {

    public PairingRejected(String messageKey) {
        super(messageKey);
    }
}
