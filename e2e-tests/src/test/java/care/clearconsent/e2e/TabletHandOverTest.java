package care.clearconsent.e2e;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.attributeMatching;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.accessibility.AuditProfile;
import care.clearconsent.accessibility.HeadlessChromium;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebDriver;

/**
 * Two browsers: a tablet in patient mode shows a code, the nurse on their own device pairs it with a patient, the
 * tablet opens that patient's journey by itself, and the nurse takes it back from their device. Nothing staff-only
 * is typed on the tablet.
 */
class TabletHandOverTest {

    @RegisterExtension
    static final RunningServer running = new RunningServer();
    static ClearConsentServer server;

    private WebDriver tablet;
    private WebDriver nurseDevice;

    @BeforeAll
    static void server() {
        server = running.get();
    }

    /** After every test of the class, the server's log holds none of the names and numbers typed into it. */
    @org.junit.jupiter.api.AfterAll
    static void the_log_holds_no_personal_data() {
        server.assertLogHoldsNone("태블릿 환자", "Tablet Patient", "Taken Back", "2020-7070", "20207070", "2020-8080", "20208080");
    }

    @AfterEach
    void close_browsers() {
        for (WebDriver driver : new WebDriver[] {tablet, nurseDevice}) {
            if (driver != null) {
                driver.quit();
            }
        }
        WebDriverRunner.closeWebDriver();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ko", "en"})
    void the_nurse_pairs_a_tablet_by_its_code_the_journey_opens_there_and_the_nurse_takes_it_back(String language) {
        String code = tabletShowingCode(language);
        $("#pairing-qr").shouldHave(attributeMatching("src", "data:image/svg\\+xml;base64,.+"));
        Browser.audit("tablet waiting for a code " + language, AuditProfile.STANDARD);
        $("#pairing-code").shouldHave(attributeMatching("aria-label", ".*" + String.join(" ", code.split("")) + "$"));

        NurseDesk nurse = nurseOnTheirPhone(language);
        String patient = nurse.registerPatient(language.equals("ko") ? "태블릿 환자" : "Tablet Patient", "010-2020-7070");
        $("#pair-" + patient).click();
        $("#pair-code").shouldHave(attribute("invalid"));
        $("#pair-code input").setValue("AAAAAA");
        $("#pair-" + patient).click();
        $("#pair-code [slot=error-message]").shouldHave(text(language.equals("ko") ? "지금 이 코드를 보여 주는 태블릿이 없습니다" : "No tablet shows this code now"));
        Browser.audit("pairing refused on the nurse's phone " + language, AuditProfile.STANDARD);
        $("#pair-code input").setValue(code.substring(0, 3).toLowerCase() + " " + code.substring(3).toLowerCase());
        $("#pair-" + patient).click();
        $("#pair-result").shouldHave(text(language.equals("ko") ? "태블릿 환자" : "Tablet Patient"));

        WebDriverRunner.setWebDriver(tablet);
        $("main.cc-journey").shouldHave(attributeMatching("data-step", ".+"), Duration.ofSeconds(20));
        assertThat(WebDriverRunner.url()).doesNotContain(code).endsWith("/journey");
        Browser.audit("journey opened by pairing " + language, AuditProfile.STANDARD);

        // The nurse's page is not reloaded from here on: what the tablet records is pushed to it.
        WebDriverRunner.setWebDriver(nurseDevice);
        $("#today-in-progress #today-patient-" + patient).shouldBe(visible);
        WebDriverRunner.setWebDriver(tablet);
        $("#welcome-start").click();
        String section = $("main.cc-journey").shouldHave(attributeMatching("data-step", "section:.+")).getAttribute("data-step")
                .substring("section:".length());
        $("#section-question").click();

        WebDriverRunner.setWebDriver(nurseDevice);
        $("#live-cue").shouldHave(text(language.equals("ko") ? "태블릿 환자 님이 질문이 있습니다" : "Tablet Patient has a question"), Duration.ofSeconds(5));
        $("#today-needs-help #today-patient-" + patient).shouldBe(visible);
        Browser.audit("a question raised, seen live on the nurse's phone " + language, AuditProfile.STANDARD);
        String journey = Events.journeyIdOfPatient(server.database(), patient);
        $("#resolve-" + journey + "-question-" + section).click();
        $("#live-cue").shouldHave(text(language.equals("ko") ? "해결함으로 표시하고 기록했습니다" : "Marked resolved and recorded"));
        $("#today-in-progress #today-patient-" + patient).shouldBe(visible);
        assertThat(Events.ofType(Events.ofJourney(server.database(), journey), "CueResolved")).singleElement()
                .satisfies(event -> assertThat(event.getString("actorId")).isEqualTo(NurseDesk.USERNAME));

        // Assisted consent, on the nurse's own device: teach-back per key point, attestation, witness.
        $("#assist-" + patient).click();
        $("#teach-back-" + section).shouldBe(visible);
        PatientSteps.choose("teach-back-" + section, 1);
        $("#assist-explained vaadin-checkbox").click();
        $("#assist-witness").click();
        Browser.audit("assisted consent form " + language, AuditProfile.STANDARD);
        $("#assist-submit").click();
        $("#live-cue").shouldHave(text(language.equals("ko") ? "기록했습니다: 다시 말하기" : "Recorded: the teach-back"));
        java.util.List<org.bson.Document> events = Events.ofJourney(server.database(), journey);
        assertThat(Events.ofType(events, "TeachBackScored")).singleElement()
                .satisfies(event -> assertThat(Events.fact(event).getString("score")).isEqualTo("PARTLY"));
        assertThat(Events.ofType(events, "ExplanationAttested")).singleElement()
                .satisfies(event -> assertThat(Events.fact(event).getBoolean("witness")).isTrue());

        if (!language.equals("ko")) {
            // The rest, the patient's own screens, is the same in either language and audited in both elsewhere.
            return;
        }
        // The patient finishes on the tablet; the receipt says a nurse explained in person and witnessed.
        WebDriverRunner.setWebDriver(tablet);
        $("#section-back").click();
        PatientSteps.awaitStep("welcome");
        PatientSteps.completeJourney(ClearConsentServer.CONTENT);
        $("#receipt-assisted").shouldHave(text(NurseDesk.USERNAME));
        Browser.audit("receipt after assisted consent " + language, AuditProfile.STANDARD);
        WebDriverRunner.setWebDriver(nurseDevice);
        $("#today-done #today-patient-" + patient).shouldBe(visible);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en"})
    void the_nurse_takes_the_tablet_back_from_their_own_device(String language) {
        String code = tabletShowingCode(language);
        NurseDesk nurse = nurseOnTheirPhone(language);
        String patient = nurse.registerPatient("Taken Back", "010-2020-8080");
        $("#pair-code input").setValue(code);
        $("#pair-" + patient).click();
        WebDriverRunner.setWebDriver(tablet);
        $("main.cc-journey").shouldHave(attributeMatching("data-step", ".+"), Duration.ofSeconds(20));

        WebDriverRunner.setWebDriver(nurseDevice);
        $("#take-back-" + patient).click();
        $("#pair-result").shouldHave(text("no tablet shows"));

        // The tablet notices by itself, without anyone touching it, and waits for the next patient with a fresh code.
        WebDriverRunner.setWebDriver(tablet);
        $("#pairing-code").shouldHave(attributeMatching("data-code", "[A-Z0-9]{6}"), Duration.ofSeconds(10));
        assertThat($("#pairing-code").getAttribute("data-code")).isNotEqualTo(code);
        assertThat(WebDriverRunner.url()).endsWith("/tablet");
        assertThat($("main.cc-journey").exists()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ko"})
    void the_tablets_qr_code_opens_the_nurse_workspace_with_the_code_filled_in(String language) {
        String code = tabletShowingCode(language);
        nurseOnTheirPhone(language);
        Selenide.open(server.url("staff?pair=" + code.toLowerCase()));
        $("#pair-code input").shouldHave(com.codeborne.selenide.Condition.value(code));
    }

    /** The tablet, in a browser of its own, waits for its next patient; returns the code it shows. */
    private String tabletShowingCode(String language) {
        Browser.open(1024, 768, language);
        tablet = WebDriverRunner.getWebDriver();
        Selenide.open(server.url("tablet"));
        return $("#pairing-code").shouldHave(attributeMatching("data-code", "[A-Z0-9]{6}")).getAttribute("data-code");
    }

    /** The nurse, signed in on their own phone (a second browser), which the following steps then drive. */
    private NurseDesk nurseOnTheirPhone(String language) {
        nurseDevice = HeadlessChromium.start(390, 844, language);
        WebDriverRunner.setWebDriver(nurseDevice);
        return NurseDesk.signedIn(server);
    }
}
