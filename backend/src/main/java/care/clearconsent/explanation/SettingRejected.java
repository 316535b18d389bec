package care.clearconsent.explanation;

/** A setting change was refused; nothing was stored or published. The message key says why, in the admin's language. */
public class SettingRejected extends RuntimeException {

    private final String messageKey;

    public SettingRejected(String messageKey, String detail) {
        super(messageKey + ": " + detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
