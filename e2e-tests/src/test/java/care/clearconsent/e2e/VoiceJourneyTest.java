package care.clearconsent.e2e;

import static care.clearconsent.e2e.PatientSteps.acknowledgeAndContinue;
import static care.clearconsent.e2e.PatientSteps.awaitStep;
import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.attributeMatching;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.accessibility.AuditProfile;
import care.clearconsent.content.ContentPackage;
import care.clearconsent.content.ReadingLevel;
import care.clearconsent.content.Language;
import care.clearconsent.content.Section;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import com.codeborne.selenide.Selenide;
import java.nio.file.Path;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The whole explanation can be followed by ear: every section is read aloud, the sentence being read is highlighted. */
class VoiceJourneyTest {

    @RegisterExtension
    static final RunningServer running = new RunningServer();
    static ClearConsentServer server;
    static final ContentPackage CONTENT = ClearConsentServer.CONTENT;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void server() {
        server = running.get();
    }

    @AfterEach
    void close() {
        Browser.close();
    }

    @ParameterizedTest(name = "{0} slow={1}")
    @CsvSource({"ko, true", "en, false"})
    void every_section_is_read_aloud_with_the_sentence_highlighted_and_listening_is_recorded(String language, boolean slow) throws Exception {
        Browser.open(1024, 768, language);
        NurseDesk nurse = NurseDesk.signedIn(server);
        String patientId = nurse.registerPatient("Voice " + language, "010-8888-9999");
        nurse.handOver(patientId);
        awaitStep("welcome");
        PatientSteps.chooseLanguage(language);
        $("cc-speech-player").shouldNot(exist);
        PatientSteps.toggle("display-voice");
        if (slow) {
            PatientSteps.toggle("display-slow");
        }
        Browser.audit("welcome, voice on " + language, AuditProfile.STANDARD);
        $("#welcome-start").click();

        // One section is listened to the end (with a replay): the shortest one with a glossary, so the wait stays short.
        Section finished = CONTENT.sections().stream().filter(s -> !s.glossary().isEmpty())
                .min(java.util.Comparator.comparingInt(s -> String.join("", s.text(Language.fromTag(language), ReadingLevel.STANDARD).paragraphs()).length()))
                .orElseThrow();
        for (Section section : CONTENT.sections()) {
            awaitStep("section:" + section.id());
            String src = $("#speech-player").shouldHave(attributeMatching("src", ".+")).getAttribute("src");
            HttpResponse<byte[]> audio = http.send(HttpRequest.newBuilder(URI.create(server.url(src))).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(audio.headers().firstValue("Content-Type")).contains("audio/mpeg");
            assertThat(audio.body().length).as("MP3 for " + section.id()).isGreaterThan(6_000);
            assertThat(((audio.body()[0] & 0xff) << 3) | ((audio.body()[1] & 0xe0) >> 5)).isEqualTo(0x7ff);
            $("#speech-player").shouldHave(attributeMatching("data-current-sentence", "[1-9][0-9]*"), Duration.ofSeconds(30));
            $(".cc-speaking").should(exist);
            if (section == finished) {
                Browser.audit("section read aloud " + language, AuditProfile.STANDARD);
                assertThat($("#speech-play").getRect().getHeight()).isGreaterThanOrEqualTo(64);
                assertThat($("#speech-replay").getRect().getWidth()).isGreaterThanOrEqualTo(64);
                $("#speech-replay").click();
                $("#speech-player").shouldHave(attribute("data-current-sentence", "0"), Duration.ofSeconds(10));
                $("#speech-player").shouldHave(attribute("data-current-sentence", "-1"), Duration.ofSeconds(90));
                String term = section.glossary().getFirst();
                PatientSteps.openGlossary();
                $("#term-" + term).click();
                String termSrc = $("#term-speech-player").shouldHave(attributeMatching("src", ".+")).getAttribute("src");
                assertThat(http.send(HttpRequest.newBuilder(URI.create(server.url(termSrc))).build(), HttpResponse.BodyHandlers.ofByteArray())
                        .body().length).as("definition audio").isGreaterThan(3_000);
                $("#term-speech-player").shouldHave(attribute("data-current-sentence", "1"), Duration.ofSeconds(30));
                $("#term-definition-text").shouldHave(com.codeborne.selenide.Condition.cssClass("cc-speaking"));
                Browser.audit("glossary definition read aloud " + language, AuditProfile.STANDARD);
            } else {
                $("#speech-pause").click();
                $("#speech-player").shouldNotHave(attribute("data-playing"));
            }
            acknowledgeAndContinue();
        }
        for (var question : CONTENT.questions()) {
            awaitStep("question:" + question.id());
            heardAndHighlighted(language);
            PatientSteps.chooseAnswer(question, true);
            $("#quiz-check").click();
            $("#quiz-next").shouldNotHave(attribute("disabled")).click();
        }
        awaitStep("decision");
        heardAndHighlighted(language);
        Browser.audit("decision read aloud " + language, AuditProfile.STANDARD);
        // Read-along scrolls to the sentence being spoken; pause it before tapping, as a patient would.
        $("#speech-pause").click();
        $("#speech-player").shouldNotHave(attribute("data-playing"));
        PatientSteps.choose("decision-choice", 0);
        PatientSteps.choose("purpose-improve-ai", 0);
        PatientSteps.acceptEverySystem();
        $("#decision-confirm").click();
        awaitStep("signature");
        heardAndHighlighted(language);
        $("#speech-pause").click();
        $("#speech-player").shouldNotHave(attribute("data-playing"));
        PatientSteps.drawSignature();
        $("#signature-submit").click();
        awaitStep("receipt");
        heardAndHighlighted(language);
        Browser.audit("receipt read aloud " + language, AuditProfile.STANDARD);

        List<Document> listened = Events.ofType(Events.ofJourney(server.database(), Events.journeyIdOfPatient(server.database(), patientId)), "Listened");
        for (Section section : CONTENT.sections()) {
            List<String> actions = listened.stream().filter(e -> Events.fact(e).getString("target").equals("section:" + section.id()))
                    .map(e -> Events.fact(e).getString("action")).toList();
            assertThat(actions).as("listening to " + section.id()).contains("STARTED");
            assertThat(actions).contains(section == finished ? "FINISHED" : "PAUSED");
        }
        assertThat(listened).extracting(e -> Events.fact(e).getString("action")).contains("REPLAYED");
        // The welcome may have started at normal speed before slow speech was chosen; every section was heard at the chosen rate.
        assertThat(listened).filteredOn(e -> Events.fact(e).getString("target").startsWith("section:"))
                .extracting(e -> Events.fact(e).getString("rate")).containsOnly(slow ? "SLOW" : "NORMAL");
        assertThat(listened).extracting(e -> Events.fact(e).getString("target"))
                .contains("welcome", "decision", "signature", "receipt", "glossary:" + finished.glossary().getFirst());
        assertThat(listened.getLast().get("modes", Document.class).getBoolean("voice")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "ko"})
    void after_scrolling_by_hand_the_page_stays_where_the_patient_left_it_while_the_highlight_moves_on(String language) {
        Browser.open(1024, 768, language);
        NurseDesk nurse = NurseDesk.signedIn(server);
        nurse.handOver(nurse.registerPatient("Scroll " + language, "010-6767-8989"));
        awaitStep("welcome");
        PatientSteps.chooseLanguage(language);
        PatientSteps.toggle("display-large-text");
        PatientSteps.toggle("display-voice");
        $("#welcome-start").click();
        // The first fact card: long enough in large text to scroll, and to keep reading for many seconds.
        awaitStep("section:" + CONTENT.sections().getFirst().id());
        $("#speech-player").shouldHave(attributeMatching("data-current-sentence", "[1-9][0-9]*"), Duration.ofSeconds(30));
        $("#speech-player").shouldHave(attribute("data-following", "true"));

        new org.openqa.selenium.interactions.Actions(com.codeborne.selenide.WebDriverRunner.getWebDriver()).scrollByAmount(0, 5000).perform();

        $("#speech-player").shouldHave(attribute("data-following", "false"));
        long left = ((Number) Selenide.executeJavaScript("return Math.round(window.scrollY)")).longValue();
        int sentence = Integer.parseInt($("#speech-player").getAttribute("data-current-sentence"));
        assertThat(left).as("scrolled down by hand").isPositive();
        // Several sentences later the highlight has moved on and the page has not been pulled back.
        Selenide.Wait().withTimeout(Duration.ofSeconds(30)).until(driver ->
                Integer.parseInt($("#speech-player").getAttribute("data-current-sentence")) >= sentence + 2);
        long after = ((Number) Selenide.executeJavaScript("return Math.round(window.scrollY)")).longValue();
        assertThat(after).as("where the patient left the page").isEqualTo(left);
        // Pressing play again makes the page follow again.
        $("#speech-replay").click();
        $("#speech-player").shouldHave(attribute("data-following", "true"));
    }

    /** The screen has audio that really plays: the highlight moves past the heading. */
    private void heardAndHighlighted(String language) throws Exception {
        String src = $("#speech-player").shouldHave(attributeMatching("src", ".+")).getAttribute("src");
        // The journey's own screens are served only to the browser holding the journey: send its cookie, as it does.
        var patientCookie = com.codeborne.selenide.WebDriverRunner.getWebDriver().manage().getCookieNamed("cc-patient");
        HttpResponse<byte[]> audio = http.send(HttpRequest.newBuilder(URI.create(server.url(src)))
                .header("Cookie", "cc-patient=" + patientCookie.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> withoutCookie = http.send(HttpRequest.newBuilder(URI.create(server.url(src))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        // Published content is public; a journey's own screens are not.
        assertThat(withoutCookie.statusCode()).as(src + " without the patient's cookie").isEqualTo(src.startsWith("/api/v1/journey/") ? 404 : 200);
        assertThat(audio.statusCode()).as(src).isEqualTo(200);
        assertThat(audio.body().length).as("MP3 at " + src).isGreaterThan(4_000);
        $("#speech-player").shouldHave(attributeMatching("data-current-sentence", "[1-9][0-9]*"), Duration.ofSeconds(30));
    }

    @Test
    void without_a_korean_engine_the_tablet_says_so_and_suggests_the_nurse_reads_aloud(@TempDir Path data) {
        try (ClearConsentServer noSpeech = new ClearConsentServer(data).withEnvironment("PATH", "/nonexistent").start()) {
            Browser.open(1024, 768, "ko");
            NurseDesk nurse = NurseDesk.signedIn(noSpeech);
            nurse.handOver(nurse.registerPatient("No speech", "010-4545-6767"));
            awaitStep("welcome");
            PatientSteps.toggle("display-voice");
            $("#welcome-start").click();
            awaitStep("section:" + CONTENT.sections().getFirst().id());

            $("#speech-unavailable").shouldHave(text("간호사에게 읽어 달라고"));
            $("cc-speech-player").shouldNot(exist);
            Browser.audit("speech unavailable ko", AuditProfile.STANDARD);
        }
    }
}
