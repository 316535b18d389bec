package care.clearconsent.integration;

import care.clearconsent.shared.Refused;

/** Creating or revoking a key was refused; nothing stored. The key names the message in the admin's language. */
public class ApiKeyRejected extends Refused {

    public ApiKeyRejected(String messageKey) {
        super(messageKey);
    }
}
