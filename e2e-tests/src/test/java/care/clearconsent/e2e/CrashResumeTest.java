package care.clearconsent.e2e;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.empty;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.content.ContentPackage;
import com.codeborne.selenide.Selenide;
import java.nio.file.Path;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Consent evidence survives a crash: kill -9 right after an acknowledgement, restart, and the journey resumes there. */
class CrashResumeTest {

    static final ContentPackage CONTENT = ClearConsentServer.CONTENT;

    @TempDir
    Path data;
    ClearConsentServer server;

    @AfterEach
    void stop() {
        Browser.close();
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void kill_9_right_after_an_acknowledgement_loses_nothing_and_the_journey_resumes_at_that_step() {
        server = new ClearConsentServer(data.resolve("store")).start();
        Browser.open(1024, 768, "en");
        NurseDesk nurse = NurseDesk.signedIn(server);
        String patient = nurse.registerPatient("Jung", "010-3333-4444");
        String link = nurse.handOver(patient);
        PatientSteps.chooseLanguage("en");
        $("#welcome-start").click();
        String firstSection = CONTENT.sections().getFirst().id();
        String secondSection = CONTENT.sections().get(1).id();
        PatientSteps.awaitStep("section:" + firstSection);
        PatientSteps.acknowledgeAndContinue();
        PatientSteps.awaitStep("section:" + secondSection);
        PatientSteps.readToLastPart(() -> { });
        $("#section-understood").click();
        $("#section-status").shouldNotBe(empty);

        Selenide.executeJavaScript("window.pageBeforeCrash = true");
        server.kill();
        server.start();

        // The page left open on the tablet: its session died with the server, so the next tap reloads the page
        // (Vaadin's default: no "session expired" box to dismiss) and the journey shows the same step again.
        $("#display-large-text").click();
        Selenide.Wait().until(driver -> Selenide.executeJavaScript("return window.pageBeforeCrash === undefined"));
        PatientSteps.awaitStep("section:" + secondSection);
        $("#section-next").shouldNotHave(attribute("disabled"));
        $("#display-large-text").shouldHave(attribute("aria-pressed", "false"));
        Browser.close();

        String journeyId = Events.journeyIdOfPatient(server.database(), patient);
        List<Document> events = Events.ofJourney(server.database(), journeyId);
        assertThat(Events.ofType(events, "SectionAcknowledged")).extracting(e -> Events.fact(e).getString("section"))
                .containsExactly(firstSection, secondSection);
        // A closed browser: the used link opens nothing; the nurse resumes the journey with a new link, and it opens at
        // the same step, in the patient's language.
        Browser.open(1024, 768, "ko");
        Selenide.open(link);
        $("#message-title").shouldBe(com.codeborne.selenide.Condition.visible);
        NurseDesk again = NurseDesk.signedIn(server);
        again.handOver(patient);
        PatientSteps.awaitStep("section:" + secondSection);
        $("html").shouldHave(attribute("lang", "en"));
        $("#section-next").shouldNotHave(attribute("disabled"));
        $("#section-status").shouldNotBe(empty);
    }
}
