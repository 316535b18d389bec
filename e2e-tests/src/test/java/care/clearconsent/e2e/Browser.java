package care.clearconsent.e2e;

import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;

import care.clearconsent.accessibility.AccessibilityAudit;
import care.clearconsent.accessibility.AuditProfile;
import care.clearconsent.accessibility.ConformanceReport;
import com.codeborne.selenide.Configuration;
import com.codeborne.selenide.WebDriverRunner;
import java.nio.file.Path;

/** Starts Debian Chromium for Selenide and audits screens with the accessibility module. */
final class Browser {

    private Browser() {
    }

    static void open(int width, int height, String language) {
        Configuration.timeout = 15_000;
        Configuration.pageLoadTimeout = 60_000;
        Configuration.screenshots = true;
        Configuration.savePageSource = false;
        Configuration.reportsFolder = "target/selenide";
        WebDriverRunner.setWebDriver(care.clearconsent.accessibility.HeadlessChromium.start(width, height, language));
    }

    static void close() {
        if (WebDriverRunner.hasWebDriverStarted()) {
            WebDriverRunner.getWebDriver().quit();
            WebDriverRunner.closeWebDriver();
        }
    }

    /** Waits for the screen's main heading, then audits the page and fails on any finding. */
    static void audit(String screen, AuditProfile profile) {
        $("h1").shouldBe(visible);
        if (ClearConsentServer.CONTENT.demonstration() && $("main.cc-journey").exists()) {
            // Example content is never shown as fact: every patient screen carries the notice, audited with it.
            $("#demonstration-notice").shouldBe(visible).shouldHave(com.codeborne.selenide.Condition.attribute("role", "note"));
        }
        AccessibilityAudit.assertAccessible(WebDriverRunner.getWebDriver(), screen, profile);
    }

    static void writeReport() {
        ConformanceReport.shared().write(Path.of("target", "accessibility"));
    }
}
