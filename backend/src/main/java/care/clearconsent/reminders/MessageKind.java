package care.clearconsent.reminders;

/** What a text message is about; {@link #template()} names its text in the content's {@code sms.yaml}. */
public enum MessageKind {
    DECIDE_LATER("decide-later"),
    APPOINTMENT("appointment"),
    CONTENT_CHANGED("content-changed"),
    WITHDRAWAL_RECORDED("withdrawal-recorded"),
    REQUEST_ANSWERED("request-answered"),
    RECEIPT("receipt");

    private final String template;

    MessageKind(String template) {
        this.template = template;
    }

    public String template() {
        return template;
    }
}
