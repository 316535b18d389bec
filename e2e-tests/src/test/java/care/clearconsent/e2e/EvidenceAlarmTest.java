package care.clearconsent.e2e;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.accessibility.AuditProfile;
import com.codeborne.selenide.CollectionCondition;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The production schedule and the command-line verifier at work: checkpoints are signed as journeys are stored; someone changes a stored event
 * directly in the database; the next run verifies the store, raises an alarm in the log and in front of every
 * administrator, who marks it seen (recorded).
 */
class EvidenceAlarmTest {

    @Test
    void a_changed_event_raises_an_alarm_that_administrators_see_and_mark_seen() throws Exception {
        ClearConsentServer server = new ClearConsentServer(Files.createTempDirectory("clearconsent-alarm"))
                .withProperty("clearconsent.evidence.checkpoint-interval", "PT2S")
                .withProperty("clearconsent.evidence.verify-on-schedule", "true").start();
        Browser.open(1280, 800, "en");
        try {
            NurseDesk nurse = NurseDesk.signedIn(server);
            String patient = nurse.patientWhoAgreed("Alarm Park", "010-5656-7878", "en");
            awaitUntil(() -> server.database().getCollection("tlog_checkpoints").countDocuments() > 0, "a signed checkpoint");
            assertThat(server.database().getCollection("tlog_alarms").countDocuments()).as("no alarm on an untouched store").isZero();

            String journeyId = Events.journeyIdOfPatient(server.database(), patient);
            server.database().getCollection("consent_events").updateOne(Filters.and(Filters.eq("journeyId", journeyId), Filters.eq("seq", 2)),
                    Updates.set("device", "rewritten"));
            awaitUntil(() -> server.database().getCollection("tlog_alarms").countDocuments() > 0, "an alarm");
            assertThat(server.log()).contains("EVIDENCE ALARM").contains("Journey " + journeyId + ", event 2");

            nurse.signInAs(ClearConsentServer.ADMIN_USERNAME, ClearConsentServer.ADMIN_PASSWORD);
            $("#staff-title").shouldBe(visible);
            $$(".cc-alarm").shouldHave(CollectionCondition.sizeGreaterThan(0));
            $$(".cc-alarm").findBy(text("Journey " + journeyId + ", event 2")).shouldBe(visible);
            Browser.audit("staff workspace with an evidence alarm", AuditProfile.STANDARD);
            int before = $$(".cc-alarm").size();
            $(".cc-alarm vaadin-button").click();
            $$(".cc-alarm").filter(visible).shouldHave(CollectionCondition.size(before - 1));
            Document seen = server.database().getCollection("tlog_alarms").find(Filters.ne("seenAt", null)).first();
            assertThat(seen).isNotNull();
            assertThat(seen.getString("seenBy")).isEqualTo(ClearConsentServer.ADMIN_USERNAME);
        } finally {
            Browser.close();
            server.stop();
        }
        // The command-line verifier, on the same store, names the same event and fails.
        ClearConsentServer.VerifierRun run = server.verifyDatabase();
        assertThat(run.output()).contains("Journey ").contains(", event 2").contains("problem(s)");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
            Thread.sleep(250);
        }
    }
}
