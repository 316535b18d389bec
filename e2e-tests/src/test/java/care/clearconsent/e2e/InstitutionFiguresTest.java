package care.clearconsent.e2e;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.accessibility.AuditProfile;
import com.codeborne.selenide.Selenide;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An administrator creates a compliance officer's account and changes a setting patients are shown; the officer sees a finished journey in
 * the figures by age band, language and AI system, and the CSV they download holds the numbers the tables show.
 */
class InstitutionFiguresTest {

    /** The institution's own content folder, a copy of the shipped content, which the administrator changes and publishes. */
    private static final java.nio.file.Path CONTENT_FOLDER = contentFolder();
    private static final String OLD_LINE = "It does not look for other problems. So no mark does not mean that you have no other problem.";
    private static final String NEW_LINE = "It looks for nothing else. So no mark does not mean that you have no other problem.";

    @RegisterExtension
    static final RunningServer running = new RunningServer(server -> server.withProperty("clearconsent.content.directory", CONTENT_FOLDER.toString()));
    static ClearConsentServer server;

    @BeforeAll
    static void server() {
        server = running.get();
    }

    @AfterEach
    void closeBrowser() {
        Browser.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ko", "en"})
    void a_compliance_officer_sees_a_finished_journey_in_the_figures_and_the_csv_matches(String language) {
        // ko: a patient first finishes a journey; en: the same pages, audited in English, against whatever is recorded.
        Browser.open(1280, 800, language);
        NurseDesk nurse = NurseDesk.signedIn(server);
        if (language.equals("ko")) {
            // One finished journey, by a patient born in 1942, is enough to follow into the figures.
            nurse.register("통계 환자", "010-5151-6161", "FIG-" + System.nanoTime() % 100_000, "1942");
            String patient = $("#register-result").shouldHave(com.codeborne.selenide.Condition.matchText("P-")).getText()
                    .replaceAll(".*(P-[2-9A-HJ-NP-Z]{10}).*", "$1");
            nurse.handOver(patient);
            PatientSteps.chooseLanguage(language);
            PatientSteps.completeJourney(ClearConsentServer.CONTENT);
            $("#receipt-give-back").click();
        }

        Selenide.clearBrowserCookies();
        nurse.signInAs(ClearConsentServer.ADMIN_USERNAME, ClearConsentServer.ADMIN_PASSWORD);
        $("#nav-staff-accounts").shouldBe(visible).click();
        String officer = "officer-" + language;
        $("#account-username input").setValue(officer);
        $("#account-name input").setValue("Officer " + language.toUpperCase());
        $("#account-password input").setValue("quality-and-safety-2026");
        com.codeborne.selenide.Selenide.$$("#account-roles vaadin-checkbox").get(0).click();
        com.codeborne.selenide.Selenide.$$("#account-roles vaadin-checkbox").get(1).click();
        $("#account-create").click();
        $("#account-result").shouldHave(text(officer));
        $("#account-summary-" + officer).shouldHave(text(language.equals("ko") ? "준법 담당자" : "compliance officer"));
        Browser.audit("staff accounts with roles " + language, AuditProfile.STANDARD);
        // A setting patients are shown, changed by the administrator: published at once as a new version.
        $("#nav-staff-settings").click();
        $("#setting-value-privacy-officer input").setValue("");
        $("#setting-save-privacy-officer").click();
        $("#setting-value-privacy-officer").shouldHave(attribute("invalid"));
        String officerContact = (language.equals("ko") ? "개인정보보호팀 김지원 " : "Privacy Office, Kim Ji-won, ") + "02-1234-56" + (language.equals("ko") ? "78" : "79");
        $("#setting-value-privacy-officer input").setValue(officerContact);
        $("#setting-save-privacy-officer").click();
        $("#settings-result").shouldHave(text(language.equals("ko") ? "게시했습니다" : "Published explanation version"));
        $("#settings-changes").shouldHave(text(officerContact));
        // The reminders' quiet hours, on the same page: checked and recorded like any setting.
        String quietFrom = language.equals("ko") ? "22:00" : "21:30";
        $("#setting-quiet-from input").setValue(quietFrom).pressEnter();
        $("#setting-save-quiet-hours").click();
        $("#settings-result").shouldHave(text(quietFrom));
        $("#settings-changes").shouldHave(text(quietFrom + "-08:00"));
        Browser.audit("institution settings " + language, AuditProfile.STANDARD);
        publishContent(language);
        apiKeyForAHospitalSystem(language);
        textMessagesWithoutSms(language);
        $("#nav-staff-security").click();
        $("#security-log").shouldHave(text(officer));
        Browser.audit("security log " + language, AuditProfile.STANDARD);
        if (language.equals("en")) {
            // The consent record on screen, in English too: the journey finished in the Korean run.
            $("#nav-staff-evidence").click();
            com.codeborne.selenide.Selenide.$$("[id^=evidence-record-]").first().click();
            $("#record-ask").shouldBe(visible);
            com.codeborne.selenide.Selenide.$$("#record-reason vaadin-radio-button").findBy(text("audit")).click();
            $("#record-open").click();
            $("#record-sections").shouldBe(visible);
            Browser.audit("consent record (en)", AuditProfile.STANDARD);
        }
        $("#staff-signout").click();

        nurse.signInAs(officer, "quality-and-safety-2026");
        $("#nav-staff-figures").shouldBe(visible).click();
        $("#figures-decisions-age-table").shouldBe(visible);
        Browser.audit("institution figures " + language, AuditProfile.STANDARD);
        String band = language.equals("ko") ? "75~84세" : "75 to 84";
        String row = $$text("#figures-decisions-age-table tbody tr").stream().filter(line -> line.startsWith(band)).findFirst().orElseThrow();
        String csv = Selenide.executeAsyncJavaScript("const done = arguments[arguments.length - 1];"
                + "fetch(document.querySelector('#figures-csv').href).then(r => r.text()).then(done, e => done('failed ' + e));");
        String agreed = csv.lines().filter(line -> line.startsWith("age-band,\"75-84\",agreed,")).findFirst().orElseThrow();
        String[] cells = agreed.split(",");
        if (language.equals("ko")) {
            assertThat(Integer.parseInt(cells[3])).as("at least the journey just finished").isPositive();
        }
        String shown = cells[4].equals("0") ? "—" : language.equals("ko") ? cells[4] + "명 중 " + cells[3] + "명" : cells[3] + " of " + cells[4];
        assertThat(row).as("the table says what the CSV counts").contains(shown);
        $("#figures-systems-table").shouldHave(text(band));
        $("#figures-decisions-language-table").shouldBe(visible);
        $("#figures-decisions-age-chart").shouldHave(attribute("alt"));
    }

    /**
     * ko: the content folder gets a reworded line; the administrator sees it checked, the version it would become and
     * the changed line, and publishes it. en: the folder is then what is published, and the page says so.
     */
    private static void publishContent(String language) {
        if (language.equals("ko")) {
            editContent(OLD_LINE, NEW_LINE);
        }
        $("#nav-staff-publish").click();
        $("#content-valid").shouldBe(visible);
        if (language.equals("ko")) {
            $("#content-next").shouldHave(text("."));
            $("#content-diff").shouldHave(text(NEW_LINE)).shouldHave(text(OLD_LINE));
            Browser.audit("publish content, reviewed " + language, AuditProfile.STANDARD);
            $("#content-publish").click();
            $("#publish-result").shouldHave(text("게시했습니다"));
        }
        $("#content-unchanged").shouldBe(visible);
        Browser.audit("publish content, nothing new " + language, AuditProfile.STANDARD);
    }

    /** The administrator gives a hospital system a key: refused without a name, then shown once, then revoked. */
    private static void apiKeyForAHospitalSystem(String language) {
        $("#nav-staff-api-keys").click();
        $("#api-key-create").click();
        $("#api-key-name").shouldHave(attribute("invalid"));
        $("#api-key-name input").setValue("Ward system " + language);
        com.codeborne.selenide.Selenide.$$("#api-key-scopes vaadin-checkbox").get(0).click();
        $("#api-key-create").click();
        $("#api-key-token input").shouldHave(com.codeborne.selenide.Condition.attributeMatching("value", "cc_[a-z0-9]{12}_[A-Za-z0-9_-]{43}"));
        Browser.audit("API keys, a key shown once " + language, AuditProfile.STANDARD);
        com.codeborne.selenide.Selenide.$$("[id^=api-key-revoke-]").first().click();
        $("#api-key-result").shouldHave(text("Ward system " + language));
    }

    /** This server has no Twilio account: the messages page says so plainly, and nothing is listed as sent. */
    private static void textMessagesWithoutSms(String language) {
        $("#nav-staff-messages").click();
        $("#sms-configuration").shouldHave(text("ko".equals(language) ? "문자 발송이 설정되지 않았습니다" : "SMS is not configured"))
                .shouldHave(attribute("role", "alert"));
        $("#sms-pending").shouldBe(visible);
        Browser.audit("text messages, SMS not configured " + language, AuditProfile.STANDARD);
    }

    private static java.nio.file.Path contentFolder() {
        try {
            java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("institution-content");
            care.clearconsent.content.ContentLoader.copyShipped(folder);
            return folder;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void editContent(String from, String to) {
        try {
            java.nio.file.Path section = CONTENT_FOLDER.resolve("sections/ai-chest-xray.yaml");
            String text = java.nio.file.Files.readString(section);
            assertThat(text).contains(from);
            java.nio.file.Files.writeString(section, text.replace(from, to));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> $$text(String selector) {
        return com.codeborne.selenide.Selenide.$$(selector).texts();
    }
}
