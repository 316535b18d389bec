package care.clearconsent.staff;

/** A staff account was not created; {@code field} names the form field, the key the message. Nothing was stored. */
public class AccountRejected extends RuntimeException {

    private final String field;
    private final String messageKey;

    public AccountRejected(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
