package care.clearconsent.e2e;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.accessibility.AuditProfile;
import com.codeborne.selenide.Selenide;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.nio.file.Files;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * A patient takes back an agreement, on the tablet the nurse opens for it, or through the nurse on their behalf with a
 * reason. The consent stays in the record, the withdrawal is added, and the patient shows as withdrawn.
 */
class WithdrawalJourneyTest {

    @Test
    void a_patient_withdraws_one_ai_system_on_the_tablet() throws Exception {
        ClearConsentServer server = new ClearConsentServer(Files.createTempDirectory("clearconsent-withdraw-tablet")).start();
        Browser.open(1024, 768, "ko");
        try {
            NurseDesk nurse = NurseDesk.signedIn(server);
            String patient = nurse.patientWhoAgreed("철회 김", "010-3131-4141", "ko");
            String journeyId = Events.journeyIdOfPatient(server.database(), patient);

            nurse.signIn();
            $("#withdraw-tablet-" + patient).click();
            PatientSteps.awaitStep("withdraw");
            $("#step-title").shouldHave(text("동의 철회"));
            Browser.audit("withdrawal on the tablet (ko)", AuditProfile.STANDARD);
            // Read aloud like every screen: the tablet's session gets the screen's audio.
            Object status = Selenide.executeAsyncJavaScript("const done = arguments[arguments.length - 1];"
                    + "fetch('/api/v1/journey/screens/withdraw/audio?language=ko').then(r => done(r.status + ' ' + r.headers.get('content-type')))");
            assertThat(String.valueOf(status)).isEqualTo("200 audio/mpeg");
            $("#withdraw-confirm").click();
            $("#withdraw-choice").shouldHave(attribute("invalid"));
            Browser.audit("withdrawal on the tablet, nothing chosen (ko)", AuditProfile.STANDARD);

            String system = ClearConsentServer.CONTENT.aiSystems().getFirst().id();
            // The whole consent first, then each purpose agreed to (none here), then each AI system in reading order.
            PatientSteps.choose("withdraw-choice", 1);
            $("#withdraw-confirm").click();
            $("#withdraw-done").shouldBe(visible);
            Browser.audit("withdrawal recorded on the tablet (ko)", AuditProfile.STANDARD);

            Document last = server.database().getCollection("consent_events").find(Filters.eq("journeyId", journeyId))
                    .sort(Sorts.descending("seq")).first();
            assertThat(last.getString("factType")).isEqualTo("ConsentWithdrawn");
            assertThat(last.getString("actorKind")).isEqualTo("PATIENT");
            assertThat(last.get("fact", Document.class).getString("target")).isEqualTo(system);
            assertThat(server.database().getCollection("consent_events").countDocuments(Filters.and(Filters.eq("journeyId", journeyId),
                    Filters.eq("factType", "Signed")))).as("the signed consent stays").isEqualTo(1);

            $("#receipt-give-back").click();
            nurse.signIn();
            $("#withdrawn-" + patient).shouldHave(text(system));
            $("#status-" + patient).shouldHave(text("동의함"));
        } finally {
            Browser.close();
            server.stop();
        }
    }

    @Test
    void a_nurse_withdraws_everything_for_the_patient_with_a_reason_and_the_patient_shows_withdrawn() throws Exception {
        ClearConsentServer server = new ClearConsentServer(Files.createTempDirectory("clearconsent-withdraw-nurse")).start();
        Browser.open(1280, 800, "en");
        try {
            NurseDesk nurse = NurseDesk.signedIn(server);
            String patient = nurse.patientWhoAgreed("Withdraw Park", "010-3232-4242", "en");
            String journeyId = Events.journeyIdOfPatient(server.database(), patient);

            nurse.signIn();
            // The patient asks at the desk for a person to review a decision the AI took part in.
            $("#request-" + patient).click();
            $("#request-form").shouldBe(visible);
            $("#request-record").click();
            $("#request-kind").shouldHave(attribute("invalid"));
            Browser.audit("nurse records a request, nothing chosen (en)", AuditProfile.STANDARD);
            PatientSteps.choose("request-kind", 1);
            PatientSteps.choose("request-system", 0);
            $("#request-record").click();
            String due = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).plusDays(30).toString();
            $("#open-requests").shouldHave(text("Patient " + patient)).shouldHave(text("answer due by " + due));
            Browser.audit("open requests with their deadline (en)", AuditProfile.STANDARD);
            Document request = server.database().getCollection("consent_events").find(Filters.eq("factType", "RequestMade")).first();
            String requestId = request.get("fact", Document.class).getString("requestId");
            $("#open-request-" + requestId + " #overdue-" + requestId).shouldNot(com.codeborne.selenide.Condition.exist);
            PatientSteps.choose("outcome-" + requestId, 1);
            $("#answer-" + requestId).click();
            $("#open-requests").shouldHave(text("No request is waiting"));

            $("#withdraw-" + patient).click();
            $("#withdraw-form").shouldBe(visible);
            Browser.audit("nurse withdraws for the patient (en)", AuditProfile.STANDARD);
            $("#withdraw-confirm").click();
            $("#withdraw-what").shouldHave(attribute("invalid"));
            PatientSteps.choose("withdraw-what", 0);
            $("#withdraw-confirm").click();
            $("#withdraw-reason").shouldHave(attribute("invalid"));
            Browser.audit("nurse withdrawal without a reason (en)", AuditProfile.STANDARD);
            assertThat(server.database().getCollection("consent_events").countDocuments(Filters.eq("factType", "ConsentWithdrawn")))
                    .as("nothing stored half-way").isZero();

            $("#withdraw-reason input").setValue("The patient phoned the ward to withdraw");
            $("#withdraw-confirm").click();
            $("#status-" + patient).shouldHave(text("withdrawn"));
            $("#withdraw-" + patient).shouldNot(com.codeborne.selenide.Condition.exist);
            Document withdrawal = server.database().getCollection("consent_events").find(Filters.and(Filters.eq("journeyId", journeyId),
                    Filters.eq("factType", "ConsentWithdrawn"))).first();
            assertThat(withdrawal.getString("actorKind")).isEqualTo("NURSE");
            // The reason is free text: kept encrypted apart from the chain, which holds only a commitment to it.
            assertThat(withdrawal.get("fact", Document.class).getString("reason")).isNull();
            assertThat(withdrawal.get("fact", Document.class).getString("personalCommitment")).hasSize(64);
            assertThat(server.database().getCollection("consent_personal").countDocuments(Filters.eq("journeyId", journeyId))).isEqualTo(2);

            nurse.signInAs(ClearConsentServer.ADMIN_USERNAME, ClearConsentServer.ADMIN_PASSWORD);
            $("#staff-title").shouldBe(visible);
            Selenide.open(server.url("staff/evidence"));
            $("#evidence-journeys").shouldHave(text("withdrawn"));
        } finally {
            Browser.close();
            server.stop();
        }
    }
}
