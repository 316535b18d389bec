package care.clearconsent.e2e;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;

import care.clearconsent.accessibility.AuditProfile;
import care.clearconsent.content.Language;
import care.clearconsent.content.ReadingLevel;
import care.clearconsent.content.Section;
import care.clearconsent.content.StaffAttributes;
import com.codeborne.selenide.Selenide;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Staff read every AI system's facts and the explanation versions, in their language, on accessible pages. */
class StaffPagesTest {

    @RegisterExtension
    static final RunningServer running = new RunningServer();
    static ClearConsentServer server;

    @BeforeAll
    static void server() {
        server = running.get();
    }

    @AfterEach
    void close_browser() {
        Browser.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ko", "en"})
    void staff_see_each_ai_systems_facts_and_the_versions(String tag) {
        Language language = Language.fromTag(tag);
        Browser.open(1280, 800, tag);
        new NurseDesk(server).signIn();

        $("#nav-staff-systems").click();
        $("#system-list").shouldBe(visible);
        Browser.audit("AI systems list " + tag, AuditProfile.STANDARD);
        for (Section system : ClearConsentServer.CONTENT.aiSystems()) {
            $("#system-" + system.id()).click();
            $("#staff-title").shouldHave(text(system.text(language, ReadingLevel.STANDARD).title()));
            $("#system-summary").shouldHave(text(system.facts().product())).shouldHave(text(system.facts().modelVersion()));
            for (String key : StaffAttributes.KEYS) {
                $("#attribute-" + key).shouldHave(exactText(system.facts().attribute(key).orElseThrow()));
            }
            Browser.audit("AI system facts " + system.id() + " " + tag, AuditProfile.STANDARD);
            $("#nav-staff-systems").click();
        }

        Selenide.open(server.url("staff/systems/no-such-system"));
        $("#system-unknown").shouldBe(visible);
        Browser.audit("unknown AI system " + tag, AuditProfile.STANDARD);

        $("#nav-staff-versions").click();
        $("#version-1-0").shouldHave(text("1.0")).shouldHave(text(tag.equals("ko") ? "(현재)" : "(current)"));
        $("#version-1-0").shouldHave(text(tag.equals("ko") ? "글 48개 중 48개" : "48 of 48 texts"));
        $("#setting-care-without-ai").shouldHave(attribute("data-default", "false"));
        $("#setting-privacy-officer").shouldHave(attribute("data-default", "true"))
                .shouldHave(text(tag.equals("ko") ? "기본값" : "default, not set by this institution"));
        $("#compare-submit").click();
        $("#diff-none").shouldBe(visible);
        Browser.audit("explanation versions " + tag, AuditProfile.STANDARD);
    }
}
