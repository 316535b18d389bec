package care.clearconsent.consent;

/** A step was refused because the input is not acceptable; nothing was stored. The key names the message for the UI. */
public class JourneyRejected extends RuntimeException {

    private final String messageKey;

    public JourneyRejected(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
