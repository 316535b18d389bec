package care.clearconsent.shared;

/**
 * Something a person asked for was refused and nothing was stored; {@code messageKey} names the message that says
 * why, in their language. Each feature's refusal is one of these.
 */
public abstract class Refused extends RuntimeException {

    private final String messageKey;

    protected Refused(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    protected Refused(String messageKey) {
        this(messageKey, messageKey);
    }

    public String messageKey() {
        return messageKey;
    }
}
