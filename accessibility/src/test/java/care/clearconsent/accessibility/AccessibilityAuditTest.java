package care.clearconsent.accessibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/** The audit must catch what it promises to catch, and pass a page that meets the rules. */
class AccessibilityAuditTest {

    private static ChromeDriver browser;

    @TempDir
    Path folder;

    @BeforeAll
    static void start_browser() {
        browser = HeadlessChromium.start(1024, 768, "en");
    }

    @AfterAll
    static void stop_browser() {
        browser.quit();
    }

    @Test
    void a_page_that_meets_the_rules_passes() throws Exception {
        open("""
                <main><h1 style="font-size:32px">Welcome</h1>
                <p style="font-size:22px;color:#111">Plain text that is large enough.</p>
                <button style="font-size:22px;min-width:64px;min-height:56px;color:#fff;background:#0b3a7e">Start</button></main>""");

        AuditResult result = AccessibilityAudit.assertAccessible(browser, "good page", AuditProfile.STANDARD);

        assertThat(result.passed()).isTrue();
        assertThat(result.elementsChecked()).isEqualTo(1);
    }

    @Test
    void small_targets_small_text_and_weak_contrast_are_found() throws Exception {
        open("""
                <main><h1 style="font-size:32px">Welcome</h1>
                <p style="font-size:14px;color:#111">Small print.</p>
                <p style="font-size:22px;color:#666">Grey text that passes AA (5.7:1) but not 7:1.</p>
                <button style="font-size:22px;width:30px;height:30px">x</button></main>""");

        AuditResult result = AccessibilityAudit.audit(browser, "bad page", AuditProfile.STANDARD);

        assertThat(result.findings()).extracting(AuditFinding::rule)
                .contains("text-size", "target-size", "color-contrast-enhanced");
        assertThatThrownBy(() -> AccessibilityAudit.assertAccessible(browser, "bad page", AuditProfile.STANDARD))
                .isInstanceOf(AssertionError.class).hasMessageContaining("target-size");
    }

    @Test
    void text_cut_off_with_an_ellipsis_or_hidden_overflow_is_found_and_wrapping_text_passes() throws Exception {
        open("""
                <main><h1 style="font-size:32px">Questions</h1>
                <label id="ellipsis" style="display:block;width:200px;font-size:22px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis">
                Do you agree to the use of AI in your care as explained?</label>
                <p id="hidden" style="width:200px;height:30px;font-size:22px;overflow:hidden">A sentence that wraps onto more lines than
                its fixed height can show.</p>
                <p id="wraps" style="width:200px;font-size:22px">Do you agree to the use of AI in your care as explained?</p>
                <div id="shadow-host"></div></main>
                <script>
                  const shadow = document.getElementById('shadow-host').attachShadow({mode: 'open'});
                  shadow.innerHTML = '<span style="display:block;width:120px;font-size:22px;white-space:nowrap;overflow:hidden;'
                      + 'text-overflow:ellipsis">A label inside a component</span>';
                </script>""");

        AuditResult result = AccessibilityAudit.audit(browser, "clipped page", AuditProfile.STANDARD);

        // Found at the browser's own size (and again at each other size of the matrix).
        assertThat(result.findings()).filteredOn(finding -> finding.rule().equals("clipped-text"))
                .filteredOn(finding -> !finding.description().contains(" at ")).extracting(AuditFinding::element)
                .hasSize(3).anyMatch(element -> element.contains("#ellipsis")).anyMatch(element -> element.contains("#hidden"))
                .anyMatch(element -> element.contains("A label inside a component")).noneMatch(element -> element.contains("#wraps"));
    }

    @Test
    void text_cut_off_only_on_a_narrow_screen_is_found_at_that_size_and_the_window_is_restored() throws Exception {
        open("""
                <main><h1 style="font-size:32px">Questions</h1>
                <label id="narrow" style="display:block;width:50vw;font-size:22px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis">
                Do you agree to the use of AI?</label></main>""");
        var before = browser.manage().window().getSize();

        AuditResult result = AccessibilityAudit.audit(browser, "clipped when narrow", AuditProfile.STANDARD);

        assertThat(result.findings()).filteredOn(finding -> finding.rule().equals("clipped-text")).extracting(AuditFinding::description)
                .isNotEmpty().allMatch(description -> description.endsWith(" at 360x740") || description.endsWith(" at 768x1024"))
                .anyMatch(description -> description.endsWith(" at 360x740"));
        assertThat(browser.manage().window().getSize()).isEqualTo(before);
    }

    @Test
    void large_text_profile_needs_32_px() throws Exception {
        open("<main><h1 style=\"font-size:40px\">Title</h1><p style=\"font-size:24px;color:#000\">Body text.</p></main>");

        assertThat(AccessibilityAudit.audit(browser, "large", AuditProfile.STANDARD).passed()).isTrue();
        assertThat(AccessibilityAudit.audit(browser, "large", AuditProfile.LARGE_TEXT).findings())
                .extracting(AuditFinding::rule).containsOnly("text-size");
    }

    @Test
    void the_report_lists_every_audited_screen() throws Exception {
        open("<main><h1 style=\"font-size:40px\">Report</h1></main>");
        AccessibilityAudit.audit(browser, "report screen", AuditProfile.STANDARD);

        Path report = ConformanceReport.shared().write(folder);

        assertThat(Files.readString(report)).contains("| report screen | standard").contains("screens audited");
    }

    private void open(String body) throws Exception {
        Path page = folder.resolve("page-" + System.nanoTime() + ".html");
        Files.writeString(page, "<!doctype html><html lang=\"en\"><head><title>Test</title></head><body>" + body + "</body></html>");
        browser.get(page.toUri().toString());
    }
}
