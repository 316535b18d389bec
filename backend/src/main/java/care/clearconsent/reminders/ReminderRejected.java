package care.clearconsent.reminders;

import care.clearconsent.shared.Refused;

/** A reminder was not scheduled; the key names the message saying why. Nothing was stored. */
public class ReminderRejected extends Refused {

    public ReminderRejected(String messageKey) {
        super(messageKey);
    }
}
