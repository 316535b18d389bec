package care.clearconsent.e2e;

import static care.clearconsent.e2e.PatientSteps.awaitStep;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.accessibility.AuditProfile;
import care.clearconsent.content.ContentPackage;
import com.codeborne.selenide.Selenide;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A nurse schedules an appointment reminder; the text goes to a local fake of Twilio; its link opens the journey on
 * the patient's phone (360x740, reflowing at 320 px), which the patient completes in Korean with large text, every
 * screen audited. The used link then shows the polite page, and the opt-out link stops reminders.
 */
class SmsReminderPhoneTest {

    static final TwilioFake TWILIO = new TwilioFake();
    /** A zone where it is now the middle of the day, so quiet hours never hold the message back whenever CI runs. */
    static final ZoneId MIDDAY = ZoneId.of("Etc/GMT" + String.format("%+d", LocalDateTime.now(ZoneOffset.UTC).getHour() - 12));

    @RegisterExtension
    static final RunningServer running = new RunningServer(server -> {
        TWILIO.properties(server.url("").replaceAll("/$", "")).forEach(server::withProperty);
        return server.withProperty("clearconsent.sms.sweep-interval", "PT1S").withProperty("clearconsent.institution.time-zone", MIDDAY.getId())
                .withProperty("clearconsent.sms.institution-name", "서울중앙병원");
    });
    static final ContentPackage CONTENT = ClearConsentServer.CONTENT;
    private static final String PHONE = "010-3141-5926";
    private static final String E164 = "+821031415926";

    @AfterAll
    static void stopTwilio() {
        TWILIO.close();
    }

    @Test
    void a_reminder_link_opens_the_journey_on_the_phone_which_the_patient_completes_in_korean_with_large_text() {
        ClearConsentServer server = running.get();
        String patientId = nurseSchedulesAnAppointmentReminder(server);
        String body = awaitMessage();
        assertThat(body).startsWith("[서울중앙병원]").contains("진료 전에");
        String link = find(body, server.url("journey/") + "[A-Za-z0-9_-]{43}");
        String stop = find(body, server.url("sms/stop/") + "[A-Za-z0-9_-]{43}");

        Browser.open(360, 740, "ko");
        try {
            Selenide.open(link);
            awaitStep("welcome");
            PatientSteps.chooseLanguage("ko");
            PatientSteps.toggle("display-large-text");
            Browser.audit("phone welcome ko large", AuditProfile.LARGE_TEXT);
            $("#welcome-start").click();
            for (var section : CONTENT.sections()) {
                awaitStep("section:" + section.id());
                if (section == CONTENT.sections().getFirst()) {
                    reflowsAt320();
                }
                PatientSteps.readToLastPart(() -> Browser.audit("phone section " + section.id() + " part " + $("#section-page").exists(),
                        AuditProfile.LARGE_TEXT));
                $("#section-understood").click();
                $("#section-next").shouldNotHave(com.codeborne.selenide.Condition.attribute("disabled")).click();
            }
            for (var question : CONTENT.questions()) {
                awaitStep("question:" + question.id());
                PatientSteps.chooseAnswer(question, true);
                Browser.audit("phone question " + question.id(), AuditProfile.LARGE_TEXT);
                $("#quiz-check").click();
                $("#quiz-next").shouldNotHave(com.codeborne.selenide.Condition.attribute("disabled")).click();
            }
            awaitStep("decision");
            PatientSteps.choose("decision-choice", 0);
            PatientSteps.choose("purpose-improve-ai", 1);
            PatientSteps.acceptEverySystem();
            Browser.audit("phone decision", AuditProfile.LARGE_TEXT);
            $("#decision-confirm").click();
            awaitStep("signature");
            Browser.audit("phone signature", AuditProfile.LARGE_TEXT);
            PatientSteps.drawSignature();
            $("#signature-submit").click();
            awaitStep("receipt");
            $("#receipt-decision").shouldBe(visible);
            Browser.audit("phone receipt", AuditProfile.LARGE_TEXT);

            Selenide.open(link);
            $("#message-title").shouldBe(visible);
            Browser.audit("phone used reminder link", AuditProfile.STANDARD);

            Selenide.open(stop);
            $("#sms-stop").shouldBe(visible);
            Browser.audit("phone stop reminders", AuditProfile.STANDARD);
            $("#sms-stop").click();
            $("#message-text").shouldHave(text("앞으로 알림 문자를 보내지 않습니다"));
            Browser.audit("phone reminders stopped", AuditProfile.STANDARD);
        } finally {
            Browser.close();
        }
        patientEventsCameFromThePhone(server, patientId);
        server.assertLogHoldsNone(TwilioFake.AUTH_TOKEN, E164, "3141-5926", "31415926");
        Document preference = server.database().getCollection("sms_preferences").find(new Document("patientId", patientId)).first();
        assertThat(preference).as("the opt-out is recorded").isNotNull();
        assertThat(preference.getBoolean("optedOut")).isTrue();
        assertThat(preference.getString("how")).isEqualTo("link");
    }

    /** The nurse's panel: schedules a reminder for an appointment three hours from now (it is then due at once). */
    private String nurseSchedulesAnAppointmentReminder(ClearConsentServer server) {
        Browser.open(1024, 768, "ko");
        try {
            NurseDesk nurse = NurseDesk.signedIn(server);
            String patientId = nurse.registerPatient("문자 환자", PHONE);
            $("#sms-" + patientId).click();
            $("#sms-panel").shouldBe(visible);
            Browser.audit("nurse text messages panel ko", AuditProfile.STANDARD);
            String at = LocalDateTime.now(MIDDAY).plusHours(3).truncatedTo(ChronoUnit.MINUTES).toString();
            Selenide.executeJavaScript("""
                    const picker = document.getElementById('sms-appointment');
                    picker.value = arguments[0];
                    picker.dispatchEvent(new CustomEvent('change', {bubbles: true}));""", at);
            $("#sms-appointment-schedule").click();
            $("#sms-appointment-done").shouldBe(visible);
            $("#sms-messages").shouldHave(text("진료 전 안내"));
            Browser.audit("nurse text messages panel scheduled ko", AuditProfile.STANDARD);
            Selenide.open(server.url("staff/messages"));
            $("#sms-configuration").shouldHave(text("Twilio"));
            Browser.audit("staff text messages ko", AuditProfile.STANDARD);
            return patientId;
        } finally {
            Browser.close();
        }
    }

    private static String awaitMessage() {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            List<TwilioFake.Sent> sent = TWILIO.sentTo(E164);
            if (!sent.isEmpty()) {
                assertThat(sent).hasSize(1);
                return sent.getFirst().body();
            }
            Selenide.sleep(200);
        }
        throw new AssertionError("no text message reached the fake Twilio in 30 s");
    }

    /** At 320 px wide (400% zoom of 1280), the screen reflows: nothing needs scrolling sideways. */
    private static void reflowsAt320() {
        var window = com.codeborne.selenide.WebDriverRunner.getWebDriver().manage().window();
        var phone = window.getSize();
        window.setSize(new org.openqa.selenium.Dimension(320, phone.getHeight()));
        try {
            Selenide.Wait().until(driver -> ((Number) Selenide.executeJavaScript("return window.innerWidth")).intValue() <= 320);
            long overflow = Selenide.executeJavaScript("return document.documentElement.scrollWidth - window.innerWidth");
            assertThat(overflow).as("sideways scrolling at 320 px").isLessThanOrEqualTo(0);
            Browser.audit("phone section at 320 px", AuditProfile.LARGE_TEXT);
        } finally {
            window.setSize(phone);
        }
    }

    private static void patientEventsCameFromThePhone(ClearConsentServer server, String patientId) {
        List<Document> events = server.database().getCollection("consent_events").find(new Document("patientId", patientId)).into(new java.util.ArrayList<>());
        assertThat(events).isNotEmpty();
        assertThat(events.stream().filter(event -> "PATIENT".equals(event.get("actorKind"))).map(event -> event.getString("device")))
                .isNotEmpty().allSatisfy(device -> assertThat(device).startsWith("web-"));
        assertThat(events.stream().map(event -> event.getString("factType"))).contains("Signed");
    }

    private static String find(String body, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(body);
        assertThat(matcher.find()).as(regex + " in " + body).isTrue();
        return matcher.group();
    }
}
