package care.clearconsent.reminders;

import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.Journey;
import care.clearconsent.consent.JourneyId;
import care.clearconsent.consent.JourneyStatus;
import care.clearconsent.consent.JourneySummary;
import care.clearconsent.content.Language;
import care.clearconsent.content.SmsTemplates;
import care.clearconsent.explanation.InstitutionSchedule;
import care.clearconsent.patients.PatientId;
import care.clearconsent.patients.PatientRegistry;
import care.clearconsent.reminders.SmsGateway.Accepted;
import care.clearconsent.reminders.SmsGateway.NoAnswer;
import care.clearconsent.reminders.SmsGateway.Refused;
import care.clearconsent.reminders.internal.OutboxDocument;
import care.clearconsent.reminders.internal.OutboxStore;
import care.clearconsent.shared.PersonalDataCipher;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due messages, at most once each. One instance sweeps at a time (ShedLock in the store); each message is
 * claimed atomically before it is sent. The SDK does not retry; this does, with backoff, only what is safe to retry
 * (no answer, 429, 5xx), and after a send whose outcome is unknown it asks Twilio before sending again. 21211 (not a
 * mobile number) and 21610 (unsubscribed) block the number until staff check it with the patient. Nothing is sent in
 * the institution's quiet hours.
 */
@Component
public class OutboxSweeper {

    static final Set<Integer> BLOCKING_CODES = Set.of(21211, 21610);
    /** A journey the patient can go on with; after "decide later" a new journey starts. */
    private static final Set<JourneyStatus> OPEN = Set.of(JourneyStatus.IN_PROGRESS, JourneyStatus.AWAITING_SIGNATURE);
    private static final Set<JourneyStatus> DECIDED = Set.of(JourneyStatus.AGREED, JourneyStatus.DECLINED, JourneyStatus.WITHDRAWN);
    private static final Set<Integer> RATE_LIMITED = Set.of(20429, 14107);
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSweeper.class);
    private static final String ISSUER = "sms";
    private static final DateTimeFormatter APPOINTMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Names this instance's claims in the store: process id and a random part, so staff and tests can tell instances apart. */
    private final String name = "sweeper-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    private final OutboxStore outbox;
    private final SmsOutbox messages;
    private final SmsGateway gateway;
    private final SmsTemplates templates;
    private final ConsentJourneys journeys;
    private final PatientRegistry patients;
    private final InstitutionSchedule institution;
    private final PersonalDataCipher cipher;
    private final LockingTaskExecutor lock;
    private final SmsProperties sms;
    private final Clock clock;

    OutboxSweeper(OutboxStore outbox, SmsOutbox messages, SmsGateway gateway, SmsTemplates templates, ConsentJourneys journeys,
                  PatientRegistry patients, InstitutionSchedule institution, PersonalDataCipher cipher, LockingTaskExecutor smsOutboxLock,
                  SmsProperties sms, Clock clock) {
        this.outbox = outbox;
        this.messages = messages;
        this.gateway = gateway;
        this.templates = templates;
        this.journeys = journeys;
        this.patients = patients;
        this.institution = institution;
        this.cipher = cipher;
        this.lock = smsOutboxLock;
        this.sms = sms;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${clearconsent.sms.sweep-interval:PT15S}", initialDelayString = "${clearconsent.sms.sweep-interval:PT15S}")
    void sweepOnSchedule() {
        if (sms.sweepAutomatically()) {
            sweep();
        }
    }

    /** One sweep, if no other instance is sweeping; returns how many messages it settled or rescheduled. */
    public int sweep() {
        // The lock is between instances, in real time: ShedLock reads its own clock, so this does too.
        LockConfiguration config = new LockConfiguration(net.javacrumbs.shedlock.core.ClockProvider.now(), "sms-outbox",
                sms.sendingLease().multipliedBy(2), Duration.ZERO);
        try {
            var result = lock.executeWithLock(this::sweepHoldingTheLock, config);
            return result.wasExecuted() ? result.getResult() : 0;
        } catch (Throwable failed) {
            LOG.warn("The SMS outbox sweep failed; it is tried again at the next sweep", failed);
            return 0;
        }
    }

    private int sweepHoldingTheLock() {
        Instant now = clock.instant();
        outbox.releaseExpiredClaims(now);
        outbox.cancelOverdue(now);
        // Quiet hours hold back sending; keeping a message as "not sent" sends nothing, so it is not held back.
        if (sms.configured() && institution.quietHours().contains(now.atZone(institution.zone()).toLocalTime())) {
            return 0;
        }
        int handled = 0;
        List<String> due = outbox.dueIds(clock.instant(), sms.batchSize());
        for (String id : due) {
            Optional<OutboxDocument> claimed = outbox.claim(id, clock.instant(), name, clock.instant().plus(sms.sendingLease()));
            if (claimed.isPresent()) {
                handleGuarded(claimed.get());
                handled++;
            }
        }
        return handled;
    }

    /** A message that cannot be prepared or recorded fails alone, after its attempts; the sweep goes on with the others. */
    private void handleGuarded(OutboxDocument message) {
        try {
            handle(message);
        } catch (RuntimeException failed) {
            LOG.warn("SMS message {} could not be prepared or recorded", message.id(), failed);
            // It may have failed after Twilio took it: ask Twilio first next time.
            retry(message, "could not be prepared or recorded: " + failed.getClass().getSimpleName(), true);
        }
    }

    private void handle(OutboxDocument message) {
        Instant now = clock.instant();
        if (!sms.configured()) {
            settle(message, MessageState.NOT_CONFIGURED, "not sent: SMS is not configured", null);
            return;
        }
        PatientId patient = new PatientId(message.patientId());
        if (messages.optedOut(patient)) {
            settle(message, MessageState.CANCELLED, "reminders are stopped for this patient", "reminders stopped");
            return;
        }
        if (messages.blocked(message)) {
            settle(message, MessageState.BLOCKED, "the number is blocked until staff check it", "number blocked");
            return;
        }
        Optional<String> noLongerWanted = noLongerWanted(message);
        if (noLongerWanted.isPresent()) {
            settle(message, MessageState.CANCELLED, noLongerWanted.get(), noLongerWanted.get());
            return;
        }
        String to = messages.decrypt(message.toCipher(), SmsOutbox.toBinding(message.id()));
        String body;
        if (message.bodyCipher() == null) {
            JourneyId journey = message.journeyId() != null ? new JourneyId(message.journeyId()) : openOrNewJourney(patient);
            body = render(message, journey);
            // The body is stored before the send: after a crash it is what Twilio's list is searched for.
            if (!outbox.update(message.id(), name, Update.update("bodyCipher", cipher.encrypt(body.getBytes(StandardCharsets.UTF_8),
                    SmsOutbox.bodyBinding(message.id()))).set("journeyId", journey.value()))) {
                return;
            }
        } else {
            body = messages.decrypt(message.bodyCipher(), SmsOutbox.bodyBinding(message.id()));
        }
        if (message.lookUpFirst()) {
            Optional<String> found;
            try {
                found = gateway.findSent(to, body);
            } catch (RuntimeException unreachable) {
                retry(message, "Twilio could not be asked whether the message was taken: " + unreachable.getClass().getSimpleName(), true);
                return;
            }
            if (found.isPresent()) {
                outbox.update(message.id(), name, Update.update("state", MessageState.SENT.name()).set("providerId", found.get())
                        .set("lookUpFirst", false).push("history", new OutboxDocument.HistoryEntry(now, MessageState.SENT.name(),
                                "Twilio had taken it before (" + found.get() + "): not sent again")));
                return;
            }
        }
        URI callback = URI.create(sms.publicBaseUrl() + "/api/v1/sms/twilio/status/" + message.id());
        switch (gateway.send(to, body, callback)) {
            case Accepted accepted -> outbox.update(message.id(), name, Update.update("state", MessageState.SENT.name())
                    .set("providerId", accepted.providerId()).set("lookUpFirst", false).inc("attempts", 1)
                    .push("history", new OutboxDocument.HistoryEntry(clock.instant(), MessageState.SENT.name(), "Twilio: " + accepted.status())));
            case Refused refused when refused.code() != null && BLOCKING_CODES.contains(refused.code()) -> {
                messages.block(message, refused.code(), clock.instant());
                settle(message, MessageState.BLOCKED, "Twilio error " + refused.code() + ": the number is blocked until staff check it",
                        "Twilio error " + refused.code());
            }
            case Refused refused when refused.httpStatus() == 429 || refused.httpStatus() >= 500
                    || (refused.code() != null && RATE_LIMITED.contains(refused.code())) ->
                    retry(message, "Twilio answered " + refused.httpStatus() + (refused.code() == null ? "" : " (" + refused.code() + ")"), false);
            case Refused refused -> settle(message, MessageState.FAILED, "Twilio error " + refused.code() + ": " + refused.message(),
                    "Twilio error " + refused.code());
            case NoAnswer noAnswer -> retry(message, "no answer from Twilio: " + noAnswer.detail(), true);
        }
    }

    /**
     * A reminder whose reason has gone is not sent: the patient went on after "decide later", or has decided since an
     * appointment or a content change was announced. Receipts and confirmations always go.
     */
    private Optional<String> noLongerWanted(OutboxDocument message) {
        MessageKind kind = MessageKind.valueOf(message.kind());
        if (kind != MessageKind.DECIDE_LATER && kind != MessageKind.APPOINTMENT && kind != MessageKind.CONTENT_CHANGED) {
            return Optional.empty();
        }
        Optional<JourneySummary> latest = journeys.journeysOf(new PatientId(message.patientId())).stream().findFirst();
        if (kind == MessageKind.DECIDE_LATER) {
            return latest.filter(journey -> journey.status() == JourneyStatus.DECIDE_LATER).isPresent() ? Optional.empty()
                    : Optional.of("the patient has gone on since deciding later");
        }
        return latest.filter(journey -> DECIDED.contains(journey.status()) && !journey.consentNeededAgain()).isPresent()
                ? Optional.of("the patient has decided") : Optional.empty();
    }

    private String render(OutboxDocument message, JourneyId journey) {
        String link = sms.publicBaseUrl() + "/journey/" + journeys.issueMessageLink(journey, ISSUER, sms.linkLifetime());
        String stop = sms.publicBaseUrl() + "/sms/stop/" + messages.newStopToken(message.patientId());
        Map<String, String> values = new java.util.HashMap<>(Map.of("institution", sms.institutionName(), "link", link, "stop", stop));
        if (message.notAfter() != null) {
            values.put("date", APPOINTMENT.format(message.notAfter().atZone(institution.zone())));
        }
        return templates.render(MessageKind.valueOf(message.kind()).template(), Language.fromTag(message.language()), values);
    }

    /** The patient's journey still open on the current explanation, or a new one. */
    private JourneyId openOrNewJourney(PatientId patient) {
        return journeys.journeysOf(patient).stream().findFirst()
                .filter(latest -> !latest.consentNeededAgain() && OPEN.contains(latest.status())).map(JourneySummary::id)
                .orElseGet(() -> journeys.start(patient, ISSUER, ISSUER).id());
    }

    private void retry(OutboxDocument message, String why, boolean outcomeUnknown) {
        int attempts = message.attempts() + 1;
        if (attempts >= sms.maxAttempts()) {
            outbox.update(message.id(), name, Update.update("state", MessageState.FAILED.name()).set("attempts", attempts).set("lastError", why)
                    .push("history", new OutboxDocument.HistoryEntry(clock.instant(), MessageState.FAILED.name(),
                            why + "; gave up after " + attempts + " attempts")));
            return;
        }
        Instant next = clock.instant().plus(sms.firstRetryAfter().multipliedBy(1L << Math.min(attempts - 1, 10)));
        outbox.update(message.id(), name, Update.update("state", OutboxStore.SCHEDULED).set("attempts", attempts).set("dueAt", next)
                .set("lookUpFirst", outcomeUnknown || message.lookUpFirst()).set("lastError", why).set("claimedBy", null).set("leaseUntil", null)
                .push("history", new OutboxDocument.HistoryEntry(clock.instant(), OutboxStore.SCHEDULED, why + "; tried again after " + next)));
    }

    private void settle(OutboxDocument message, MessageState state, String detail, @Nullable String error) {
        Update change = Update.update("state", state.name()).push("history", new OutboxDocument.HistoryEntry(clock.instant(), state.name(), detail));
        if (error != null) {
            change.set("lastError", error);
        }
        outbox.update(message.id(), name, change);
    }
}
