package care.clearconsent.consent;

import care.clearconsent.shared.Refused;

/** A step was refused because the input is not acceptable; nothing was stored. The key names the message for the UI. */
public class JourneyRejected extends Refused {

    public JourneyRejected(String messageKey) {
        super(messageKey);
    }
}
