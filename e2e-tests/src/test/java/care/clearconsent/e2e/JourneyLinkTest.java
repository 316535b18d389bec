package care.clearconsent.e2e;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.accessibility.AuditProfile;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.logging.LogType;

/**
 * A journey link is a one-time secret: opened once it leaves no secret in the address bar, and reopening it, an
 * expired link, a link replaced by a newer one and the back button after "Give the tablet back" all land on the polite
 * page and store nothing. The server's log never holds a link.
 */
class JourneyLinkTest {

    /** Short, so the expiry can be seen; long enough for a hand-over on a slow machine. */
    private static final Duration LINK_LIFETIME = Duration.ofSeconds(8);

    private static ClearConsentServer server;
    private static final List<String> issuedLinks = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        server = new ClearConsentServer(Files.createTempDirectory("clearconsent-links"))
                .withProperty("clearconsent.journey.link-lifetime", LINK_LIFETIME.toString()).start();
    }

    @AfterEach
    void closeBrowser() {
        Browser.close();
    }

    @AfterAll
    static void stop() {
        // Every link the tests issued, used or not, after full journeys, expiries and refusals: none reached the log.
        String log = server.log();
        assertThat(issuedLinks).isNotEmpty();
        for (String link : issuedLinks) {
            String token = link.substring(link.lastIndexOf('/') + 1);
            assertThat(log).as("server log").doesNotContain(token);
        }
        Browser.writeReport();
        server.stop();
    }

    @Test
    void a_link_opens_the_journey_once_and_the_address_bar_then_holds_no_secret() {
        Browser.open(1024, 768, "en");
        NurseDesk nurse = NurseDesk.signedIn(server);
        String patient = nurse.registerPatient("Kang", "010-1212-3434");
        String link = remember(nurse.handOver(patient));
        String token = link.substring(link.lastIndexOf('/') + 1);

        assertThat(WebDriverRunner.url()).isEqualTo(server.url("journey")).doesNotContain(token);
        PatientSteps.awaitStep("welcome");
        assertThat($("head link[rel=icon]").getAttribute("href")).endsWith("icons/favicon.svg");
        long events = Events.count(server.database(), "consent_events");

        Selenide.open(link);

        $("#message-title").shouldHave(text("This link is not valid any more"));
        assertThat(Events.count(server.database(), "consent_events")).isEqualTo(events);
        // Reopening the used link also took this browser's hold on the journey away.
        Selenide.open(server.url("journey"));
        $("#message-title").shouldBe(visible);
        assertThat(browserCspViolations()).isEmpty();
    }

    @Test
    void an_expired_link_lands_on_the_polite_page_and_stores_nothing() throws InterruptedException {
        Browser.open(1024, 768, "ko");
        NurseDesk nurse = NurseDesk.signedIn(server);
        String patient = nurse.registerPatient("Baek", "010-5656-7878");
        String link = remember(nurse.issueLink(patient));
        long events = Events.count(server.database(), "consent_events");

        Thread.sleep(LINK_LIFETIME.plusSeconds(1).toMillis());
        Selenide.open(link);

        $("#message-title").shouldHave(text("더 이상 사용할 수 없는 링크입니다"));
        Browser.audit("expired link ko", AuditProfile.STANDARD);
        assertThat(Events.count(server.database(), "consent_events")).isEqualTo(events);
    }

    @Test
    void a_new_link_for_the_journey_revokes_the_old_one_and_the_tablet_holding_it() {
        Browser.open(1024, 768, "en");
        NurseDesk nurse = NurseDesk.signedIn(server);
        String patient = nurse.registerPatient("Nam", "010-9090-1010");
        String unused = remember(nurse.issueLink(patient));
        nurse.signIn();
        String replacement = remember(nurse.handOver(patient));
        PatientSteps.awaitStep("welcome");
        long events = Events.count(server.database(), "consent_events");

        Selenide.open(unused);

        $("#message-title").shouldHave(text("This link is not valid any more"));
        assertThat(Events.count(server.database(), "consent_events")).isEqualTo(events);
        assertThat(replacement).isNotEqualTo(unused);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, Give the tablet back, Thank you", "ko, 태블릿 돌려주기, 감사합니다"})
    void after_giving_the_tablet_back_the_back_button_lands_on_the_polite_page(String language, String button, String title) {
        Browser.open(1024, 768, language);
        NurseDesk nurse = NurseDesk.signedIn(server);
        String patient = nurse.registerPatient("Song " + language, "010-3131-4141");
        remember(nurse.handOver(patient));
        PatientSteps.chooseLanguage(language);
        PatientSteps.completeJourney(ClearConsentServer.CONTENT);
        $("#receipt-give-back").shouldHave(text(button));
        Browser.audit("receipt with give back " + language, AuditProfile.STANDARD);
        long events = Events.count(server.database(), "consent_events");

        $("#receipt-give-back").click();

        $("#message-title").shouldHave(text(title));
        Browser.audit("tablet returned " + language, AuditProfile.STANDARD);
        Selenide.back();
        $("#message-title").shouldBe(visible).shouldNotHave(text(title));
        $("main.cc-journey").shouldNot(com.codeborne.selenide.Condition.exist);
        Selenide.open(server.url("journey"));
        $("main.cc-journey").shouldNot(com.codeborne.selenide.Condition.exist);
        assertThat(Events.count(server.database(), "consent_events")).isEqualTo(events);
    }

    private static String remember(String link) {
        issuedLinks.add(link);
        return link;
    }

    /** Messages the browser logged about a blocked resource or script: the policy must not break the app. */
    private static List<String> browserCspViolations() {
        return WebDriverRunner.getWebDriver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getMessage()).filter(message -> message.contains("Content Security Policy")).toList();
    }
}
