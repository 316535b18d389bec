package care.clearconsent.reminders;

import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.Journey;
import care.clearconsent.consent.JourneyChanged;
import care.clearconsent.consent.JourneyStatus;
import care.clearconsent.consent.JourneySummary;
import care.clearconsent.explanation.ContentPublished;
import java.util.HashSet;
import java.util.Set;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientId;
import care.clearconsent.patients.PatientRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Schedules the messages a journey's events call for: a follow-up after "decide later", the receipt of a decision, a
 * recorded withdrawal, an answered request. Each is keyed by the event that asked for it, so it is scheduled once.
 */
@Component
class ReminderTriggers {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderTriggers.class);

    private final SmsOutbox outbox;
    private final ConsentJourneys journeys;
    private final PatientRegistry patients;
    private final SmsProperties sms;
    private final Clock clock;

    ReminderTriggers(SmsOutbox outbox, ConsentJourneys journeys, PatientRegistry patients, SmsProperties sms, Clock clock) {
        this.outbox = outbox;
        this.journeys = journeys;
        this.patients = patients;
        this.sms = sms;
        this.clock = clock;
    }

    @EventListener
    void on(JourneyChanged changed) {
        if (!java.util.Set.of("DecisionRecorded", "Signed", "ConsentWithdrawn", "RequestAnswered").contains(changed.factType())) {
            return;
        }
        try {
            Optional<Journey> journey = journeys.find(changed.journeyId());
            Optional<Patient> patient = patients.find(new PatientId(changed.patientId()));
            if (journey.isPresent() && patient.isPresent()) {
                schedule(changed.factType(), journey.get(), patient.get());
            }
        } catch (RuntimeException failed) {
            // The patient's step is recorded; a reminder that could not be scheduled must not undo it.
            LOG.warn("A text message for {} of journey {} could not be scheduled", changed.factType(), changed.journeyId().value(), failed);
        }
    }

    /**
     * A new major version: every patient whose latest journey agreed to an older one is asked to review it again. The
     * message starts their new journey when it is sent; one message per patient and version.
     */
    @EventListener
    void on(ContentPublished published) {
        if (!published.consentAgain()) {
            return;
        }
        Instant now = clock.instant();
        Set<String> seen = new HashSet<>();
        int scheduled = 0;
        for (JourneySummary journey : journeys.recent(Integer.MAX_VALUE)) {
            if (!seen.add(journey.patientId()) || journey.status() != JourneyStatus.AGREED || !journey.consentNeededAgain()) {
                continue;
            }
            Optional<Patient> patient = patients.find(new PatientId(journey.patientId()));
            if (patient.isPresent() && outbox.schedule(patient.get(), null, MessageKind.CONTENT_CHANGED, journey.language(), now, null,
                    "content-changed:" + journey.patientId() + ":" + published.hash()).isPresent()) {
                scheduled++;
            }
        }
        LOG.info("Content version {} asks for consent again: {} reminders scheduled", published.version(), scheduled);
    }

    private void schedule(String factType, Journey journey, Patient patient) {
        Instant now = clock.instant();
        JourneyStatus status = journey.state().status();
        String at = journey.id().value() + ":" + journey.state().lastSeq();
        switch (factType) {
            case "DecisionRecorded" -> {
                if (status == JourneyStatus.DECIDE_LATER) {
                    // No journey named: a journey decided later is closed, so the text opens a new one when it is sent.
                    outbox.schedule(patient, null, MessageKind.DECIDE_LATER, journey.state().language(), now.plus(sms.decideLaterAfter()),
                            null, "decide-later:" + at);
                }
            }
            case "Signed" -> {
                if (status == JourneyStatus.AGREED || status == JourneyStatus.DECLINED) {
                    outbox.schedule(patient, journey.id(), MessageKind.RECEIPT, journey.state().language(), now, null, "receipt:" + at);
                }
            }
            case "ConsentWithdrawn" -> outbox.schedule(patient, journey.id(), MessageKind.WITHDRAWAL_RECORDED, journey.state().language(), now, null,
                    "withdrawal:" + at);
            case "RequestAnswered" -> outbox.schedule(patient, journey.id(), MessageKind.REQUEST_ANSWERED, journey.state().language(), now, null,
                    "request-answered:" + at);
            default -> {
            }
        }
    }
}
