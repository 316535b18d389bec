package care.clearconsent.reminders;

import care.clearconsent.consent.JourneyId;
import care.clearconsent.content.ContentHash;
import care.clearconsent.content.Language;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientId;
import care.clearconsent.reminders.internal.OutboxDocument;
import care.clearconsent.reminders.internal.OutboxStore;
import care.clearconsent.reminders.internal.ReminderPreferenceStore;
import care.clearconsent.shared.BlindIndex;
import care.clearconsent.shared.PersonalDataCipher;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The outbox of text messages: what is scheduled for whom, what happened to each, who stopped reminders and which
 * numbers are blocked. Sending is the {@link OutboxSweeper}'s; everything here is a single-document write.
 */
@Service
public class SmsOutbox {

    /** How a patient stopped or restarted reminders. */
    public static final String BY_LINK = "link";
    public static final String BY_REPLY = "reply";
    public static final String BY_NURSE = "nurse";

    private static final Logger LOG = LoggerFactory.getLogger(SmsOutbox.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<String> ACTIVE = List.of(OutboxStore.SCHEDULED, OutboxStore.SENDING);

    private final OutboxStore outbox;
    private final ReminderPreferenceStore preferences;
    private final PersonalDataCipher cipher;
    private final BlindIndex blindIndex;
    private final SmsProperties sms;
    private final Clock clock;

    SmsOutbox(OutboxStore outbox, ReminderPreferenceStore preferences, PersonalDataCipher cipher, BlindIndex blindIndex, SmsProperties sms,
              Clock clock) {
        this.outbox = outbox;
        this.preferences = preferences;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.sms = sms;
        this.clock = clock;
    }

    public boolean configured() {
        return sms.configured();
    }

    /**
     * Schedules a message unless one for the same purpose ({@code dedupeKey}) exists; returns its id. A patient who
     * stopped reminders gets none: the message is kept as cancelled, so staff see why nothing went out.
     */
    public Optional<String> schedule(Patient patient, @Nullable JourneyId journey, MessageKind kind, Language language, Instant dueAt,
                                     @Nullable Instant notAfter, String dedupeKey) {
        Instant now = clock.instant();
        String id = newToken(16);
        boolean stopped = optedOut(patient.id());
        String state = stopped ? MessageState.CANCELLED.name() : OutboxStore.SCHEDULED;
        String detail = stopped ? "reminders are stopped for this patient" : "scheduled";
        OutboxDocument message = new OutboxDocument(id, patient.id().value(), journey == null ? null : journey.value(), kind.name(), language.tag(),
                dueAt, notAfter, state, 0, cipher.encrypt(patient.phoneNumber().getBytes(StandardCharsets.UTF_8), toBinding(id)),
                numberKey(patient.phoneNumber()), null, null, stopped ? detail : null, null, null, false, now,
                dedupeKey, List.of(new OutboxDocument.HistoryEntry(now, state, detail)));
        return outbox.insert(message) ? Optional.of(id) : Optional.empty();
    }

    /**
     * A reminder to read the explanation before an appointment: sent {@code appointmentNoticeBefore} ahead (or at the
     * next allowed hour), never after the appointment itself.
     */
    public String scheduleAppointment(Patient patient, Language language, Instant appointment, String by) {
        Instant now = clock.instant();
        if (!appointment.isAfter(now)) {
            throw new ReminderRejected("sms.appointment.past");
        }
        if (appointment.isAfter(now.plus(java.time.Duration.ofDays(366)))) {
            throw new ReminderRejected("sms.appointment.too-far");
        }
        Instant due = appointment.minus(sms.appointmentNoticeBefore());
        String key = "appointment:" + patient.id().value() + ":" + appointment;
        String id = schedule(patient, null, MessageKind.APPOINTMENT, language, due.isBefore(now) ? now : due, appointment, key)
                .orElseThrow(() -> new ReminderRejected("sms.appointment.duplicate"));
        LOG.info("Appointment reminder {} scheduled by {}", id, by);
        return id;
    }

    public List<OutboxMessage> messagesOf(PatientId patient) {
        return outbox.ofPatient(patient.value()).stream().map(this::view).toList();
    }

    /** Scheduled or being sent, newest first. */
    public List<OutboxMessage> pending(int limit) {
        return outbox.inStates(ACTIVE, limit).stream().map(this::view).toList();
    }

    /** Failed, undelivered, blocked or kept because SMS is not configured, newest first. */
    public List<OutboxMessage> notDelivered(int limit) {
        return outbox.inStates(List.of(MessageState.FAILED.name(), MessageState.UNDELIVERED.name(), MessageState.BLOCKED.name(),
                MessageState.NOT_CONFIGURED.name()), limit).stream().map(this::view).toList();
    }

    public List<BlockedNumber> blockedNumbers() {
        return preferences.blockedNumbers().stream().map(b -> new BlockedNumber(b.toKey(), ending(decrypt(b.numberCipher(), blockedBinding(b.toKey()))),
                b.blockedAt(), b.code(), b.reason())).toList();
    }

    /** Staff checked the number with the patient: it may be texted again. */
    public boolean unblock(String numberKey, String by) {
        boolean removed = preferences.unblock(numberKey);
        if (removed) {
            LOG.info("SMS number unblocked by {}", by);
        }
        return removed;
    }

    public boolean optedOut(PatientId patient) {
        return preferences.latestPreference(patient.value()).map(ReminderPreferenceStore.PreferenceEvent::optedOut).orElse(false);
    }

    /** Stops every reminder at once: scheduled ones are cancelled now, and the sweeper checks again before each send. */
    public void optOut(PatientId patient, String how, String by) {
        Instant now = clock.instant();
        preferences.appendPreference(patient.value(), now, true, how, by);
        outbox.cancelScheduledOf(patient.value(), now, "reminders stopped (" + how + ")");
    }

    public void optIn(PatientId patient, String by) {
        preferences.appendPreference(patient.value(), clock.instant(), false, BY_NURSE, by);
    }

    public List<PreferenceChange> preferenceHistory(PatientId patient) {
        return preferences.preferences(patient.value()).stream().map(p -> new PreferenceChange(p.at(), p.optedOut(), p.how(), p.by())).toList();
    }

    /** The patient an opt-out link stops reminders for. */
    public Optional<PatientId> stopLinkPatient(String token) {
        if (!token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return preferences.stopLinkPatient(ContentHash.sha256(token)).map(PatientId::new);
    }

    /** A new opt-out link's token for the patient: only its hash is kept. */
    String newStopToken(String patientId) {
        String token = newToken(32);
        preferences.insertStopLink(ContentHash.sha256(token), patientId, clock.instant());
        return token;
    }

    /** Twilio reported a status for a message; returns false when no message has that id. */
    public boolean statusReported(String messageId, String status, @Nullable String errorCode) {
        Optional<OutboxDocument> message = outbox.find(messageId);
        if (message.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        String detail = "Twilio: " + status + (errorCode == null ? "" : " (" + errorCode + ")");
        switch (status) {
            case "delivered" -> outbox.report(messageId, List.of("SENT", "UNDELIVERED"), MessageState.DELIVERED.name(), null, now, detail);
            case "undelivered", "failed" -> {
                String state = "undelivered".equals(status) ? MessageState.UNDELIVERED.name() : MessageState.FAILED.name();
                outbox.report(messageId, List.of("SENT", "SENDING"), state, errorCode == null ? status : "Twilio error " + errorCode, now, detail);
                if (OutboxSweeper.BLOCKING_CODES.contains(parse(errorCode))) {
                    block(message.get(), parse(errorCode), now);
                }
            }
            default -> outbox.report(messageId, List.of("SENT"), MessageState.SENT.name(), null, now, detail);
        }
        return true;
    }

    /** A reply from a phone; STOP and its usual words stop reminders for every patient texted at that number. */
    public boolean replied(String fromNumber, String body) {
        String word = body.strip().toUpperCase(java.util.Locale.ROOT);
        if (!List.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "수신거부", "중지").contains(word)) {
            return false;
        }
        List<String> patients = outbox.patientsAt(numberKey(fromNumber));
        patients.forEach(patient -> optOut(new PatientId(patient), BY_REPLY, "sms-reply"));
        return !patients.isEmpty();
    }

    void block(OutboxDocument message, int code, Instant at) {
        String number = decrypt(message.toCipher(), toBinding(message.id()));
        preferences.block(message.toKey(), cipher.encrypt(number.getBytes(StandardCharsets.UTF_8), blockedBinding(message.toKey())), at, code, code == 21610 ? "the recipient unsubscribed at the carrier"
                : "not a number that can receive text messages");
    }

    boolean blocked(OutboxDocument message) {
        return preferences.blocked(message.toKey());
    }

    String numberKey(String e164) {
        return blindIndex.of("sms-number", e164);
    }

    static String toBinding(String id) {
        return "sms_outbox:" + id + ":to";
    }

    static String bodyBinding(String id) {
        return "sms_outbox:" + id + ":body";
    }

    private static int parse(@Nullable String code) {
        try {
            return code == null ? 0 : Integer.parseInt(code);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    static String newToken(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String blockedBinding(String numberKey) {
        return "sms_blocked_numbers:" + numberKey;
    }

    /** The last four digits, which is all staff lists show of a number. */
    private static String ending(String number) {
        return number.substring(Math.max(0, number.length() - 4));
    }

    String decrypt(byte[] ciphertext, String binding) {
        try {
            return new String(cipher.decrypt(ciphertext, binding), StandardCharsets.UTF_8);
        } catch (java.security.GeneralSecurityException tampered) {
            throw new IllegalStateException("A stored number or text message cannot be decrypted", tampered);
        }
    }

    private OutboxMessage view(OutboxDocument document) {
        return new OutboxMessage(document.id(), document.patientId(), document.journeyId(), MessageKind.valueOf(document.kind()),
                MessageState.valueOf(document.state()), document.dueAt(), document.attempts(),
                ending(decrypt(document.toCipher(), toBinding(document.id()))), document.lastError(),
                document.history().stream().map(h -> new OutboxMessage.Change(h.at(), MessageState.valueOf(h.state()), h.detail())).toList());
    }

    public record BlockedNumber(String numberKey, String phoneEnding, Instant blockedAt, int code, String reason) {
    }

    public record PreferenceChange(Instant at, boolean optedOut, String how, String by) {
    }
}
