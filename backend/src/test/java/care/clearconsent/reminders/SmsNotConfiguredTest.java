package care.clearconsent.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.content.Language;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import care.clearconsent.patients.TestPatients;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Without a Twilio account nothing pretends to be sent: due messages are kept as "not sent: SMS not configured". */
@SpringBootTest
class SmsNotConfiguredTest {

    @Autowired
    SmsOutbox outbox;
    @Autowired
    OutboxSweeper sweeper;
    @Autowired
    PatientRegistry patients;

    @Test
    void a_due_message_is_kept_as_not_sent_and_a_later_one_waits() {
        Patient patient = patients.register(TestPatients.newPatient("Not Configured", "010-8282-9393"), "nurse");
        Instant now = Instant.now();
        outbox.schedule(patient, null, MessageKind.APPOINTMENT, Language.KO, now.minusSeconds(1), now.plus(Duration.ofDays(1)), "due:" + patient.id().value());
        outbox.schedule(patient, null, MessageKind.APPOINTMENT, Language.KO, now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)),
                "later:" + patient.id().value());

        assertThat(outbox.configured()).isFalse();
        sweeper.sweep();

        assertThat(outbox.messagesOf(patient.id())).extracting(OutboxMessage::state)
                .containsExactlyInAnyOrder(MessageState.NOT_CONFIGURED, MessageState.SCHEDULED);
        OutboxMessage kept = outbox.messagesOf(patient.id()).stream().filter(m -> m.state() == MessageState.NOT_CONFIGURED).findFirst().orElseThrow();
        assertThat(kept.history()).extracting(OutboxMessage.Change::detail).contains("not sent: SMS is not configured");
        assertThat(outbox.notDelivered(200)).extracting(OutboxMessage::id).contains(kept.id());
    }
}
