package care.clearconsent.e2e;

import static care.clearconsent.e2e.PatientSteps.acknowledgeAndContinue;
import static care.clearconsent.e2e.PatientSteps.awaitStep;
import static care.clearconsent.e2e.PatientSteps.choose;
import static care.clearconsent.e2e.PatientSteps.chooseAnswer;
import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.empty;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.accessibility.AuditProfile;
import care.clearconsent.content.ContentHash;
import care.clearconsent.content.ContentPackage;
import care.clearconsent.content.Language;
import care.clearconsent.content.Question;
import care.clearconsent.content.ReadingLevel;
import care.clearconsent.content.Section;
import care.clearconsent.content.SectionText;
import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Selenide;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A nurse registers a patient and hands the tablet over; the patient completes the whole journey. Every screen is
 * audited, and the stored events are checked against what the browser showed.
 */
class PatientJourneyTest {

    @RegisterExtension
    static final RunningServer running = new RunningServer();
    static ClearConsentServer server;
    static final ContentPackage CONTENT = ClearConsentServer.CONTENT;

    record Scenario(String language, boolean allModes, int width, int height, boolean representative) {
        @Override
        public String toString() {
            return language + (allModes ? " large+simplified+contrast" : " standard") + " " + width + "x" + height
                    + (representative ? " representative" : "");
        }
    }

    static Stream<Scenario> scenarios() {
        return Stream.of(
                new Scenario("ko", false, 1024, 768, false),
                new Scenario("ko", true, 768, 1024, true),
                new Scenario("en", false, 1280, 800, true),
                new Scenario("en", true, 1024, 768, false));
    }

    @BeforeAll
    static void server() {
        server = running.get();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void a_patient_completes_the_journey_and_the_events_reproduce_it(Scenario scenario) {
        Browser.open(scenario.width(), scenario.height(), scenario.language());
        try {
            String patientId = handOverToPatient(scenario);
            AuditProfile profile = chooseDisplay(scenario);
            Map<String, String> titlesSeen = readEverySection(scenario, profile);
            answerTheQuestions(scenario, profile);
            decide(scenario, profile);
            sign(scenario, profile);
            awaitStep("receipt");
            $("#receipt-decision").shouldBe(visible);
            $("#receipt-version").shouldHave(text("1.0"));
            $("#receipt-purpose-improve-ai").shouldBe(visible);
            boolean korean = scenario.language().equals("ko");
            $("#receipt-system-ai-note-drafting").shouldHave(text(korean ? "쓰지 말라고 하셨습니다" : "you said no to it"));
            $("#receipt-system-ai-chest-xray").shouldHave(text(korean ? "진료에 쓰는 데 동의하셨습니다" : "you agreed to its use"));
            $("#receipt-system-ai-early-warning").shouldHave(text(korean ? "진료에 쓰는 데 동의하셨습니다" : "you agreed to its use"));
            $("#receipt-signed").shouldBe(visible);
            if (scenario.representative()) {
                // Read back from the encrypted store: the chain holds only a commitment to the name.
                $("#receipt-signed").shouldHave(text("Lee Min-ji"));
                $("#receipt-representative-reason").shouldHave(text(scenario.language().equals("ko") ? "뇌졸중" : "stroke"));
            }
            Browser.audit("receipt " + scenario, profile);

            checkStoredEvents(scenario, patientId, titlesSeen);
            tabletShowsNoStaffPagesWithoutSignIn();
            nurseSeesTheQuestionAndTheOutcome(scenario, patientId);
        } finally {
            Browser.close();
        }
    }

    private String handOverToPatient(Scenario scenario) {
        NurseDesk nurse = new NurseDesk(server);
        Selenide.open(server.url("login"));
        Browser.audit("staff sign-in " + scenario.language(), AuditProfile.STANDARD);
        nurse.signIn();
        Browser.audit("staff workspace " + scenario.language(), AuditProfile.STANDARD);
        String patientId = nurse.registerPatient("Patient " + scenario.language() + (scenario.allModes() ? " A" : " B"), "010-2345-6789");
        nurse.handOver(patientId);
        awaitStep("welcome");
        Browser.audit("welcome (before choices) " + scenario, AuditProfile.STANDARD);
        return patientId;
    }

    private AuditProfile chooseDisplay(Scenario scenario) {
        PatientSteps.chooseLanguage(scenario.language());
        if (scenario.allModes()) {
            PatientSteps.toggle("display-large-text");
            PatientSteps.toggle("display-simplified");
            PatientSteps.toggle("display-high-contrast");
        }
        AuditProfile profile = scenario.allModes() ? AuditProfile.LARGE_TEXT : AuditProfile.STANDARD;
        Browser.audit("welcome " + scenario, profile);
        $("#welcome-start").click();
        return profile;
    }

    private Map<String, String> readEverySection(Scenario scenario, AuditProfile profile) {
        Map<String, String> titles = new HashMap<>();
        Language language = Language.fromTag(scenario.language());
        ReadingLevel level = scenario.allModes() ? ReadingLevel.SIMPLIFIED : ReadingLevel.STANDARD;
        for (Section section : CONTENT.sections()) {
            awaitStep("section:" + section.id());
            String title = $("#step-title").text();
            SectionText text = section.text(language, level);
            assertThat(title).isEqualTo(text.title());
            $("#step-progress").shouldHave(text(String.valueOf(CONTENT.sections().indexOf(section) + 2)));
            titles.put(section.id(), title);
            List<String> shownParagraphs = new ArrayList<>();
            PatientSteps.readToLastPart(() -> shownParagraphs.addAll(checkPart(scenario, profile, section, text)));
            // Part by part, the patient was shown every paragraph of the section, in order.
            assertThat(shownParagraphs).isEqualTo(text.paragraphs().stream().map(PatientJourneyTest::oneSpaced).toList());
            $("#section-next").shouldHave(attribute("disabled"));
            if (scenario.allModes() && section == CONTENT.sections().getFirst()) {
                // In high contrast a disabled action must not look like the black-and-yellow enabled one.
                assertThat($("#section-next").getCssValue("border-top-style")).isEqualTo("dashed");
                assertThat($("#section-next").getCssValue("background-color")).isNotEqualTo($("#section-understood").getCssValue("background-color"));
            }
            if (section == CONTENT.sections().getFirst()) {
                $("#section-question").click();
                $("#section-status").shouldNotBe(empty);
            }
            if (!section.glossary().isEmpty()) {
                var entry = CONTENT.term(section.glossary().getFirst()).orElseThrow();
                PatientSteps.openGlossary();
                $("#term-" + entry.id()).click();
                $("#term-definition-text").shouldHave(text(entry.text(language).definition()));
                $("#term-" + entry.id()).shouldHave(attribute("aria-expanded", "true"));
                Browser.audit("glossary " + entry.id() + " " + scenario, profile);
            }
            acknowledgeAndContinue();
        }
        return titles;
    }

    /**
     * One part of a section on screen: its headings and paragraphs, "part n of m" for a section in parts, an audit,
     * and in large text a height of about two screens at most. Returns the paragraphs shown.
     */
    private List<String> checkPart(Scenario scenario, AuditProfile profile, Section section, SectionText text) {
        int pages = section.pageCount();
        int page = pages == 1 ? 0 : Integer.parseInt($("#section-page").getAttribute("data-page"));
        SectionText part = section.page(Language.fromTag(scenario.language()), scenario.allModes() ? ReadingLevel.SIMPLIFIED : ReadingLevel.STANDARD, page);
        if (pages > 1) {
            $("#section-page").shouldHave(attribute("data-pages", String.valueOf(pages)));
            $$("#section-body h3[data-topic]").shouldHave(CollectionCondition.texts(part.parts().stream().map(SectionText.Part::heading).toList()));
        } else {
            $("#section-page").shouldNot(com.codeborne.selenide.Condition.exist);
        }
        assertThat($("#section-body").text()).doesNotContain("{");
        if (scenario.allModes()) {
            // Large text folds the display switches behind one button, so the first screen shows the text.
            $("#display-menu").shouldHave(attribute("aria-expanded", "false"));
            $("#display-large-text").shouldNotBe(visible);
            long bodyTop = Selenide.executeJavaScript("return Math.round(document.getElementById('section-body').getBoundingClientRect().top + window.scrollY)");
            long firstScreen = Selenide.executeJavaScript("return window.innerHeight");
            assertThat(bodyTop).as("where the text starts on " + section.id()).isLessThan(firstScreen - 100);
            // About two screens at most: twice the window height the scenario names, with a little leeway.
            long height = Selenide.executeJavaScript("return document.documentElement.scrollHeight");
            String layout = Selenide.executeJavaScript("""
                    return Array.from(document.querySelectorAll('main > *, main > section > *'))
                        .map(e => (e.id || e.className || e.tagName) + ':' + Math.round(e.getBoundingClientRect().height)).join(', ')""");
            assertThat(height).as(section.id() + " part " + (page + 1) + " in large text, " + scenario + ": " + layout)
                    .isLessThanOrEqualTo(scenario.height() * 2L * 105 / 100);
        }
        Browser.audit("section " + section.id() + (pages > 1 ? " part " + (page + 1) : "") + " " + scenario, profile);
        return $$("#section-body p").texts().stream().map(PatientJourneyTest::oneSpaced).toList();
    }

    private static String oneSpaced(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private void answerTheQuestions(Scenario scenario, AuditProfile profile) {
        Language language = Language.fromTag(scenario.language());
        for (Question question : CONTENT.questions()) {
            awaitStep("question:" + question.id());
            Browser.audit("question " + question.id() + " " + scenario, profile);
            if (question == CONTENT.questions().getFirst()) {
                chooseAnswer(question, false);
                $("#quiz-check").click();
                $("#quiz-feedback").shouldHave(text(question.text(language).explanation()));
                Browser.audit("question " + question.id() + " wrong answer " + scenario, profile);
                $("#quiz-reread").click();
                awaitStep("section:" + question.section());
                $("#section-next").shouldNotHave(attribute("disabled")).click();
                awaitStep("question:" + question.id());
            }
            chooseAnswer(question, true);
            $("#quiz-check").click();
            $("#quiz-next").shouldNotHave(attribute("disabled")).click();
        }
    }

    private void decide(Scenario scenario, AuditProfile profile) {
        awaitStep("decision");
        $("#decision-confirm").click();
        $("#form-error").shouldNotBe(empty);
        Browser.audit("decision, nothing chosen " + scenario, profile);
        choose("decision-choice", 0);
        $("#purpose-improve-ai").shouldBe(visible);
        $("#decision-confirm").click();
        $("#form-error").shouldNotBe(empty);
        choose("purpose-improve-ai", 0);
        // Each AI system the patient can decline is its own yes or no: here the note-drafting AI is declined.
        $("#decision-confirm").click();
        $("#form-error").shouldHave(text(scenario.language().equals("ko") ? "각 AI에" : "each AI system"));
        choose("system-ai-chest-xray", 0);
        choose("system-ai-early-warning", 0);
        choose("system-ai-note-drafting", 1);
        // The purpose's explanation reads as part of its question: above the choices, not under "No".
        Boolean explanationAboveChoices = Selenide.executeJavaScript("""
                const group = document.getElementById('purpose-improve-ai');
                const helper = group.querySelector('[slot=helper]');
                const firstChoice = group.querySelector('vaadin-radio-button');
                return helper.getBoundingClientRect().bottom <= firstChoice.getBoundingClientRect().top + 1;""");
        assertThat(explanationAboveChoices).isTrue();
        Browser.audit("decision " + scenario, profile);
        $("#decision-confirm").click();
    }

    private void sign(Scenario scenario, AuditProfile profile) {
        awaitStep("signature");
        Browser.audit("signature " + scenario, profile);
        $("#signature-submit").click();
        $("#form-error").shouldNotBe(empty);
        if (scenario.representative()) {
            choose("signature-who", 1);
            // A missing name is explained at the name field, not under the pad.
            $("#signature-submit").click();
            $("#representative-name").shouldHave(attribute("invalid"));
            $("#representative-name").shouldHave(text(scenario.language().equals("ko") ? "이름" : "name"));
            $("#form-error").shouldBe(empty);
            $("#representative-name input").setValue("Lee Min-ji");
            $("#representative-relationship input").setValue(scenario.language().equals("ko") ? "딸" : "daughter");
            // Without the reason the patient cannot sign, the form says so at that field.
            $("#signature-submit").click();
            $("#representative-reason").shouldHave(attribute("invalid"));
            $("#representative-reason input").setValue(scenario.language().equals("ko") ? "뇌졸중 후 펜을 잡을 수 없음" : "Cannot hold a pen after a stroke");
            Browser.audit("signature by representative " + scenario, profile);
        } else {
            $("#form-error").shouldNotBe(empty);
        }
        PatientSteps.drawSignature();
        if (!scenario.representative()) {
            // The "please sign" message goes away as soon as there is ink.
            $("#form-error").shouldBe(empty);
        }
        $("#signature-submit").click();
    }

    private void checkStoredEvents(Scenario scenario, String patientId, Map<String, String> titlesSeen) {
        String journeyId = Events.journeyIdOfPatient(server.database(), patientId);
        List<Document> events = Events.ofJourney(server.database(), journeyId);
        String version = ContentHash.of(CONTENT.withVersion("1.0")); // a fresh store publishes the shipped content as 1.0
        String previous = "0".repeat(64);
        for (int i = 0; i < events.size(); i++) {
            Document event = events.get(i);
            assertThat(event.getLong("seq")).isEqualTo(i + 1);
            assertThat(event.getString("previousHash")).isEqualTo(previous);
            assertThat(event.getString("contentVersion")).isEqualTo(version);
            assertThat(event.getString("patientId")).isEqualTo(patientId);
            assertThat(event.getDate("at")).isNotNull();
            previous = event.getString("hash");
        }
        for (Document shown : Events.ofType(events, "StepShown")) {
            String step = Events.fact(shown).getString("step");
            if (step.startsWith("section:") && Events.fact(shown).getString("returnTo") == null) {
                String section = step.substring("section:".length());
                Document modes = shown.get("modes", Document.class);
                ReadingLevel level = modes.getBoolean("simplified") ? ReadingLevel.SIMPLIFIED : ReadingLevel.STANDARD;
                String storedTitle = CONTENT.section(section).orElseThrow().text(Language.fromTag(shown.getString("language")), level).title();
                assertThat(storedTitle).as("what the events say was shown for " + section).isEqualTo(titlesSeen.get(section));
            }
        }
        assertThat(Events.ofType(events, "SectionAcknowledged")).extracting(e -> Events.fact(e).getString("section"))
                .containsExactlyElementsOf(CONTENT.sections().stream().map(Section::id).toList());
        assertThat(Events.ofType(events, "QuestionRaised")).hasSize(1);
        List<Document> answers = Events.ofType(events, "QuizAnswered");
        assertThat(answers).hasSize(CONTENT.questions().size() + 1);
        assertThat(Events.fact(answers.get(0)).getBoolean("correct")).isFalse();
        assertThat(Events.fact(answers.get(1)).getBoolean("correct")).isTrue();
        assertThat(Events.fact(answers.get(1)).getInteger("attempt")).isEqualTo(2);
        // Each system's choice is its own event, recorded just before the decision that confirms it.
        List<Document> chosen = Events.ofType(events, "AiSystemChosen");
        assertThat(chosen).extracting(e -> Events.fact(e).getString("aiSystem") + "=" + Events.fact(e).getBoolean("used"))
                .containsExactly("ai-chest-xray=true", "ai-early-warning=true", "ai-note-drafting=false");
        assertThat(chosen.getLast().getLong("seq")).isEqualTo(Events.ofType(events, "DecisionRecorded").getLast().getLong("seq") - 1);
        Document decision = Events.fact(Events.ofType(events, "DecisionRecorded").getLast());
        assertThat(decision.getString("decision")).isEqualTo("AGREE");
        assertThat(decision.get("purposes", Document.class).getBoolean("improve-ai")).isTrue();
        assertThat(decision.getBoolean("careWithoutAi")).isFalse();
        Document signed = Events.fact(Events.ofType(events, "Signed").getLast());
        assertThat(signed.getString("method")).isEqualTo(scenario.representative() ? "REPRESENTATIVE" : "PATIENT");
        // The drawing and any name are kept encrypted apart from the chain, which holds a salted commitment to them.
        assertThat(signed.getString("imagePngBase64")).isEmpty();
        assertThat(signed.getString("representativeName")).isNull();
        assertThat(signed.getString("representativeReason")).isNull();
        assertThat(signed.getString("personalCommitment")).hasSize(64);
        // Every event carries the language and modes in effect; a change is also an event of its own.
        Document modes = events.getLast().get("modes", Document.class);
        assertThat(modes.getBoolean("largeText")).isEqualTo(scenario.allModes());
        assertThat(modes.getBoolean("simplified")).isEqualTo(scenario.allModes());
        assertThat(modes.getBoolean("highContrast")).isEqualTo(scenario.allModes());
        assertThat(Events.ofType(events, "DisplayChanged")).hasSize((scenario.language().equals("ko") ? 0 : 1) + (scenario.allModes() ? 3 : 0));
        assertThat(events.getLast().getString("language")).isEqualTo(scenario.language());
    }

    private void nurseSeesTheQuestionAndTheOutcome(Scenario scenario, String patientId) {
        new NurseDesk(server).signIn();
        Section flagged = CONTENT.sections().getFirst();
        $("#questions-" + patientId).shouldHave(text(flagged.text(Language.fromTag(scenario.language()), ReadingLevel.STANDARD).title()));
        $("#patient-" + patientId).shouldHave(text(scenario.language().equals("ko") ? "동의함" : "agreed"));
        Section declined = CONTENT.section("ai-note-drafting").orElseThrow();
        $("#declined-" + patientId).shouldHave(text(declined.text(Language.fromTag(scenario.language()), ReadingLevel.STANDARD).title()));
        Browser.audit("staff workspace after the journey " + scenario, AuditProfile.STANDARD);
    }

    /**
     * Until the tablet is given back it stays in patient mode: a staff address (or Back) leads to the patient's
     * receipt, not to a sign-in page. Given back, a staff page asks for sign-in.
     */
    private void tabletShowsNoStaffPagesWithoutSignIn() {
        Selenide.open(server.url("staff"));
        awaitStep("receipt");
        $("#staff-title").shouldNot(com.codeborne.selenide.Condition.exist);
        $("#receipt-give-back").click();
        $("#message-title").shouldBe(visible);
        Selenide.open(server.url("staff"));
        $("#login-form").shouldBe(visible);
        $("#staff-title").shouldNotBe(visible);
    }
}
