package care.clearconsent.reminders;

import java.net.URI;
import java.util.Optional;

/** The one thing reminders need from an SMS provider: send once, and find what was sent. */
public interface SmsGateway {

    /** Sends once, with no retry of its own. */
    SendOutcome send(String to, String body, URI statusCallback);

    /** The provider's id of a message already sent to {@code to} with exactly this body, if there is one. */
    Optional<String> findSent(String to, String body);

    sealed interface SendOutcome {
    }

    /** The provider took the message. */
    record Accepted(String providerId, String status) implements SendOutcome {
    }

    /**
     * The provider answered with an error.
     *
     * @param code        the provider's error code, or null when the answer had none (a bare 5xx)
     * @param httpStatus  the HTTP status
     */
    record Refused(@org.jspecify.annotations.Nullable Integer code, int httpStatus, String message) implements SendOutcome {
    }

    /** No answer (connection refused, time-out): the message may or may not have been taken. */
    record NoAnswer(String detail) implements SendOutcome {
    }
}
