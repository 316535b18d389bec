package care.clearconsent.explanation;

/** Publishing the reviewed content was refused; nothing was published. The message key says why, in the admin's language. */
public class ContentPublishRejected extends RuntimeException {

    private final String messageKey;

    public ContentPublishRejected(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
