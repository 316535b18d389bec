package care.clearconsent.staff;

import care.clearconsent.shared.Refused;

/** A staff account was not created; {@code field} names the form field, the key the message. Nothing was stored. */
public class AccountRejected extends Refused {

    private final String field;

    public AccountRejected(String field, String messageKey) {
        super(messageKey, field + ": " + messageKey);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
