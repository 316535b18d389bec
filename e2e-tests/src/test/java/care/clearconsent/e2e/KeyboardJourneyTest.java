package care.clearconsent.e2e;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.accessibility.AuditProfile;
import care.clearconsent.content.ContentPackage;
import care.clearconsent.content.Language;
import care.clearconsent.content.Question;
import care.clearconsent.content.Section;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * A patient who uses only a keyboard (or a switch that sends Tab and Enter) completes the whole journey, signing by
 * typing their name. Focus follows each action, every new screen starts at its heading, and the key presses each
 * screen takes are written to target/keyboard-journey.md.
 */
class KeyboardJourneyTest {

    @RegisterExtension
    static final RunningServer running = new RunningServer();
    static final ContentPackage CONTENT = ClearConsentServer.CONTENT;
    /** More Tab presses than any screen has stops means focus is lost somewhere. */
    private static final int MAX_TABS = 40;

    private final Map<String, Integer> keysPerScreen = new LinkedHashMap<>();
    private String screen = "";

    @Test
    void a_keyboard_alone_completes_the_journey_with_a_typed_name_and_focus_follows_every_action() throws IOException {
        Browser.open(1024, 768, "en");
        try {
            NurseDesk nurse = NurseDesk.signedIn(running.get());
            String patient = nurse.registerPatient("Keyboard Kim", "010-4444-1212");
            nurse.handOver(patient);

            screen("welcome");
            awaitFocus("step-title");
            shiftTabTo("display-language-en");
            press(Keys.ENTER);
            $("html").shouldHave(attribute("lang", "en"));
            awaitFocus("display-language-en", "a display switch keeps focus");
            tabTo("welcome-start");
            press(Keys.ENTER);
            Browser.audit("keyboard: first section, focus on its heading", AuditProfile.STANDARD);

            for (Section section : CONTENT.sections()) {
                readByKeyboard(section);
            }
            for (Question question : CONTENT.questions()) {
                answerByKeyboard(question);
            }
            decideByKeyboard();
            signByTypingAName("Keyboard Kim");

            screen("receipt");
            PatientSteps.awaitStep("receipt");
            awaitFocus("step-title");
            $("#receipt-signed-how").shouldHave(text("Keyboard Kim"));
            Browser.audit("keyboard: receipt with a typed name", AuditProfile.STANDARD);
            tabTo("receipt-give-back");

            String journeyId = Events.journeyIdOfPatient(running.get().database(), patient);
            List<Document> signed = Events.ofType(Events.ofJourney(running.get().database(), journeyId), "Signed");
            assertThat(signed).hasSize(1);
            assertThat(Events.fact(signed.getFirst()).getString("form")).isEqualTo("TYPED_NAME");
            // The typed name is personal data: kept encrypted apart from the chain (the receipt above showed it back).
            assertThat(Events.fact(signed.getFirst()).getString("typedName")).isNull();
            assertThat(Events.fact(signed.getFirst()).getString("personalCommitment")).hasSize(64);
            assertThat(Events.fact(signed.getFirst()).getString("imagePngBase64")).isEmpty();
        } finally {
            writeReport();
            Browser.close();
        }
        // Close to one key press per action: reaching the next action from the heading, then pressing it. The decision
        // screen asks one more yes or no per AI system that can be declined: a Tab to it and a choice each.
        int perSystem = 2 * ClearConsentServer.CONTENT.declinableSystems().size();
        keysPerScreen.forEach((shown, keys) -> assertThat(keys).as("key presses on " + shown)
                .isLessThanOrEqualTo(shown.equals("decision") ? 12 + perSystem : 12));
    }

    private void readByKeyboard(Section section) {
        PatientSteps.awaitStep("section:" + section.id());
        int pages = section.pageCount();
        for (int page = 0; page < pages; page++) {
            screen("section " + section.id() + (pages > 1 ? " part " + (page + 1) + "/" + pages : ""));
            awaitFocus("step-title", "a new screen or part starts at its heading");
            if (page < pages - 1) {
                tabTo("section-next-page");
                press(Keys.ENTER);
                $("#section-page").shouldHave(attribute("data-page", String.valueOf(page + 1)));
            }
        }
        tabTo("section-understood");
        press(Keys.ENTER);
        $("#section-next").shouldNotHave(attribute("disabled"));
        awaitFocus("section-next", "after I understand, focus is on Next");
        press(Keys.ENTER);
    }

    private void answerByKeyboard(Question question) {
        PatientSteps.awaitStep("question:" + question.id());
        screen("question " + question.id());
        awaitFocus("step-title");
        tabTo("quiz-options");
        Language language = Language.fromTag($("html").getAttribute("lang"));
        chooseByArrows(question.text(language).options().get(question.answer()));
        tabTo("quiz-check");
        press(Keys.ENTER);
        $("#quiz-next").shouldNotHave(attribute("disabled"));
        awaitFocus("quiz-next", "a settled answer leads straight to Next");
        assertThat($("#quiz-next").getAttribute("aria-describedby")).isEqualTo("quiz-feedback");
        press(Keys.ENTER);
    }

    private void decideByKeyboard() {
        PatientSteps.awaitStep("decision");
        screen("decision");
        awaitFocus("step-title");
        tabTo("decision-choice");
        chooseByArrows("I agree");
        $("#purpose-improve-ai").shouldBe(com.codeborne.selenide.Condition.visible);
        tabTo("purpose-improve-ai");
        chooseByArrows("No");
        for (var system : ClearConsentServer.CONTENT.declinableSystems()) {
            tabTo("system-" + system.id());
            chooseByArrows("Yes");
        }
        tabTo("decision-confirm");
        press(Keys.ENTER);
    }

    private void signByTypingAName(String name) {
        PatientSteps.awaitStep("signature");
        screen("signature");
        awaitFocus("step-title");
        tabTo("signature-how");
        chooseByArrows("Type my name");
        $("#signature-typed-name").shouldBe(com.codeborne.selenide.Condition.visible);
        tabTo("signature-typed-name");
        new Actions(WebDriverRunner.getWebDriver()).sendKeys(name).perform();
        count(1);
        Browser.audit("keyboard: signature by typed name", AuditProfile.STANDARD);
        tabTo("signature-submit");
        press(Keys.ENTER);
    }

    /** Moves through a radio group with the arrow keys until the focused choice says {@code label}, and checks it. */
    private void chooseByArrows(String label) {
        for (int i = 0; i < 6 && !label.equals(focusedRadioLabel()); i++) {
            press(Keys.ARROW_DOWN);
        }
        assertThat(focusedRadioLabel()).isEqualTo(label);
        if (!Boolean.TRUE.equals(Selenide.executeJavaScript("return document.activeElement.checked"))) {
            press(Keys.SPACE);
        }
    }

    /** Focus is moved by the server after its round trip; waits for it to arrive (a few seconds at most). */
    private static void awaitFocus(String id, String... why) {
        try {
            Selenide.Wait().withTimeout(java.time.Duration.ofSeconds(5)).until(driver -> id.equals(focused()));
        } catch (org.openqa.selenium.TimeoutException notThere) {
            assertThat(focused()).as(why.length == 0 ? "focus" : why[0]).isEqualTo(id);
        }
    }

    private void tabTo(String id) {
        moveTo(id, Keys.TAB);
    }

    private void shiftTabTo(String id) {
        moveTo(id, Keys.chord(Keys.SHIFT, Keys.TAB));
    }

    private void moveTo(String id, CharSequence key) {
        for (int presses = 0; !id.equals(focused()); presses++) {
            assertThat(presses).as("reaching " + id + " on " + screen + " (focus is on " + focused() + ")").isLessThan(MAX_TABS);
            press(key);
        }
    }

    private void press(CharSequence key) {
        new Actions(WebDriverRunner.getWebDriver()).sendKeys(key).perform();
        count(1);
    }

    private void count(int keys) {
        keysPerScreen.merge(screen, keys, Integer::sum);
    }

    private void screen(String name) {
        screen = name;
        keysPerScreen.putIfAbsent(name, 0);
    }

    /** The id of the component holding focus: the button, radio group, text field, pad or heading. */
    private static String focused() {
        return Selenide.executeJavaScript("""
                let element = document.activeElement;
                const owners = ['VAADIN-BUTTON', 'VAADIN-RADIO-GROUP', 'VAADIN-TEXT-FIELD', 'CC-SIGNATURE-PAD', 'H1', 'P'];
                while (element && !(owners.includes(element.tagName) && element.id)) {
                  element = element.parentElement || (element.getRootNode() && element.getRootNode().host);
                }
                return element ? element.id : null;""");
    }

    private static String focusedRadioLabel() {
        return Selenide.executeJavaScript("""
                const radio = document.activeElement && document.activeElement.closest('vaadin-radio-button');
                return radio ? radio.textContent.trim() : null;""");
    }

    private void writeReport() throws IOException {
        StringBuilder report = new StringBuilder("# Key presses per screen, keyboard only\n\n| Screen | Keys |\n|---|---|\n");
        keysPerScreen.forEach((shown, keys) -> report.append("| ").append(shown).append(" | ").append(keys).append(" |\n"));
        int total = keysPerScreen.values().stream().mapToInt(Integer::intValue).sum();
        report.append("\nTotal: ").append(total).append(" key presses over ").append(keysPerScreen.size()).append(" screens (typing the name counts as one).\n");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "keyboard-journey.md"), report);
        System.out.println(report);
    }
}
