package care.clearconsent.integration;

/** Creating or revoking a key was refused; nothing stored. The key names the message in the admin's language. */
public class ApiKeyRejected extends RuntimeException {

    private final String messageKey;

    public ApiKeyRejected(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
