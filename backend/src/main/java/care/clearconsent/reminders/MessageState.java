package care.clearconsent.reminders;

/**
 * Where a message is. {@code SENDING} is held by one sweeper while it talks to Twilio; a message left there by a crash
 * is looked up at Twilio before anything is sent again.
 */
public enum MessageState {
    SCHEDULED, SENDING, SENT, DELIVERED, UNDELIVERED, FAILED, CANCELLED, BLOCKED,
    /** Kept, never sent: SMS is not configured. */
    NOT_CONFIGURED;

    /** A message in one of these states will not be sent (again). */
    public boolean settled() {
        return this != SCHEDULED && this != SENDING;
    }
}
