package care.clearconsent.e2e;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

import com.codeborne.selenide.SelenideElement;
import com.codeborne.selenide.WebDriverRunner;
import org.openqa.selenium.interactions.Actions;

/** What the patient does on the tablet, through the ids and labels the journey screens expose. */
final class PatientSteps {

    private PatientSteps() {
    }

    static void awaitStep(String key) {
        $("main.cc-journey").shouldHave(attribute("data-step", key));
        $("#step-title").shouldBe(visible);
    }

    static void toggle(String id) {
        openDisplaySwitches(id);
        String before = $("#" + id).getAttribute("aria-pressed");
        $("#" + id).click();
        $("#" + id).shouldHave(attribute("aria-pressed", "true".equals(before) ? "false" : "true"));
    }

    /** In large text the display switches fold behind "Display"; opens them when the switch is hidden there. */
    static void openDisplaySwitches(String id) {
        if (!$("#" + id).isDisplayed() && $("#display-menu").isDisplayed()) {
            $("#display-menu").click();
            $("#display-menu").shouldHave(attribute("aria-expanded", "true"));
            $("#" + id).shouldBe(visible);
        }
    }

    /** "Words explained" is folded to keep the screen short; opens it. */
    static void openGlossary() {
        if ("false".equals($("#glossary-toggle").getAttribute("aria-expanded"))) {
            $("#glossary-toggle").click();
            $("#glossary-toggle").shouldHave(attribute("aria-expanded", "true"));
        }
    }

    static void chooseLanguage(String tag) {
        $("#display-language-" + tag).click();
        $("#display-language-" + tag).shouldHave(attribute("aria-pressed", "true"));
        $("html").shouldHave(attribute("lang", tag));
    }

    /** Says yes to each AI system the decision screen asks about one by one. */
    static void acceptEverySystem() {
        for (SelenideElement group : $$("vaadin-radio-group[id^=system-]")) {
            choose(group.getAttribute("id"), 0);
        }
    }

    static void choose(String groupId, int index) {
        // Centred first: a radio half below the fold can take the tap on its label's edge and miss.
        SelenideElement option = $$("#" + groupId + " vaadin-radio-button").get(index).scrollIntoView("{block: \"center\"}");
        option.click();
        option.shouldHave(attribute("checked"));
    }

    /**
     * Picks a quiz answer by what it says in the page's language: choices are shown in an order drawn per journey, so
     * a position says nothing about which one is right.
     */
    static void chooseAnswer(care.clearconsent.content.Question question, boolean right) {
        var language = care.clearconsent.content.Language.fromTag($("html").getAttribute("lang"));
        String option = right ? question.answer()
                : question.options().stream().filter(candidate -> !candidate.equals(question.answer())).findFirst().orElseThrow();
        String label = question.text(language).options().get(option);
        SelenideElement radio = $$("#quiz-options vaadin-radio-button").findBy(com.codeborne.selenide.Condition.exactText(label))
                .scrollIntoView("{block: \"center\"}");
        radio.click();
        radio.shouldHave(attribute("checked"));
    }

    /** Goes through the parts of a section shown in parts, up to its last, where it is acknowledged. */
    static void readToLastPart(Runnable onEachPart) {
        onEachPart.run();
        while ($("#section-next-page").isDisplayed()) {
            String page = $("#section-page").getAttribute("data-page");
            $("#section-next-page").click();
            $("#section-page").shouldNotHave(attribute("data-page", page));
            onEachPart.run();
        }
    }

    static void acknowledgeAndContinue() {
        readToLastPart(() -> { });
        $("#section-understood").click();
        $("#section-next").shouldNotHave(attribute("disabled")).click();
    }

    /** Draws a zig-zag on the signature pad with pointer events, as a finger would. */
    static void drawSignature() {
        SelenideElement pad = $("#signature-pad").shouldBe(visible).scrollIntoView("{block: \"center\"}");
        new Actions(WebDriverRunner.getWebDriver())
                .moveToElement(pad, -150, 10).clickAndHold()
                .moveByOffset(40, -40).moveByOffset(40, 60).moveByOffset(40, -50).moveByOffset(40, 40).moveByOffset(60, -20)
                .release().perform();
        pad.shouldHave(attribute("data-strokes", "1"));
    }

    /** Walks a whole journey in the tablet's current language: reads every section, answers, agrees and signs. */
    static void completeJourney(care.clearconsent.content.ContentPackage content) {
        walkToSignature(content);
        drawSignature();
        $("#signature-submit").click();
        awaitStep("receipt");
    }

    /** Reads every section, answers every question right and agrees; stops on the signature screen. */
    static void walkToSignature(care.clearconsent.content.ContentPackage content) {
        $("#welcome-start").click();
        for (var section : content.sections()) {
            awaitStep("section:" + section.id());
            acknowledgeAndContinue();
        }
        for (var question : content.questions()) {
            awaitStep("question:" + question.id());
            chooseAnswer(question, true);
            $("#quiz-check").click();
            $("#quiz-next").shouldNotHave(attribute("disabled")).click();
        }
        awaitStep("decision");
        choose("decision-choice", 0);
        choose("purpose-improve-ai", 1);
        acceptEverySystem();
        $("#decision-confirm").click();
        awaitStep("signature");
    }
}
