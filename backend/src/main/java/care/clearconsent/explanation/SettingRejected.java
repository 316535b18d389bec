package care.clearconsent.explanation;

import care.clearconsent.shared.Refused;

/** A setting change was refused; nothing was stored or published. The message key says why, in the admin's language. */
public class SettingRejected extends Refused {

    public SettingRejected(String messageKey, String detail) {
        super(messageKey, messageKey + ": " + detail);
    }
}
