package care.clearconsent.explanation;

import care.clearconsent.shared.Refused;

/** Publishing the reviewed content was refused; nothing was published. The message key says why, in the admin's language. */
public class ContentPublishRejected extends Refused {

    public ContentPublishRejected(String messageKey) {
        super(messageKey);
    }
}
