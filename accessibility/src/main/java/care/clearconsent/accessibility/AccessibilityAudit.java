package care.clearconsent.accessibility;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Audits the page a browser shows. axe-core runs from its bundled script (no network); the size checks run
 * from size-checks.js in this module. Every result is added to the {@link ConformanceReport}.
 */
public final class AccessibilityAudit {

    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    public static final List<String> EXTRA_RULES = List.of("color-contrast-enhanced");
    private static final String SIZE_CHECKS = readResource("size-checks.js");
    /**
     * Every screen is also laid out at each of these window sizes (clinic tablets in landscape and portrait, a phone)
     * and the size checks, clipped text among them, run again at each.
     */
    public static final List<Dimension> RESOLUTIONS = List.of(new Dimension(1024, 768), new Dimension(1280, 800),
            new Dimension(768, 1024), new Dimension(360, 740));

    /**
     * One axe run per screen: the WCAG tags plus the extra rules, and only violations reported in detail (the audit
     * reads nothing else). Two runs, one per rule set, took about a second more per screen for the same findings.
     */
    private static final com.deque.html.axecore.args.AxeRunOptions AXE_OPTIONS = axeOptions();

    private AccessibilityAudit() {
    }

    private static com.deque.html.axecore.args.AxeRunOptions axeOptions() {
        var runOnly = new com.deque.html.axecore.args.AxeRunOnlyOptions();
        runOnly.setType("tag");
        runOnly.setValues(WCAG_TAGS);
        var enabled = new com.deque.html.axecore.args.AxeRuleOptions();
        enabled.setEnabled(true);
        var options = new com.deque.html.axecore.args.AxeRunOptions();
        options.setRunOnly(runOnly);
        options.setRules(EXTRA_RULES.stream().collect(java.util.stream.Collectors.toMap(rule -> rule, rule -> enabled)));
        options.setResultTypes(List.of("violations"));
        return options;
    }

    /** Audits the current page and records the result; returns it whether it passed or not. */
    public static AuditResult audit(WebDriver driver, String screen, AuditProfile profile) {
        List<AuditFinding> findings = new ArrayList<>();
        addAxeViolations(new AxeBuilder().withOptions(AXE_OPTIONS).analyze(driver), findings);
        int checked = addSizeFindings(driver, profile, findings, "");
        atEveryResolution(driver, profile, findings);
        AuditResult result = new AuditResult(screen, driver.getCurrentUrl(), profile, findings, checked);
        ConformanceReport.shared().add(result);
        return result;
    }

    /** Audits and fails with every finding listed when anything is wrong. */
    public static AuditResult assertAccessible(WebDriver driver, String screen, AuditProfile profile) {
        AuditResult result = audit(driver, screen, profile);
        if (!result.passed()) {
            StringBuilder message = new StringBuilder("Accessibility audit of '" + screen + "' (" + profile.name() + ") found "
                    + result.findings().size() + " problem(s):");
            result.findings().forEach(finding -> message.append("\n  - ").append(finding));
            throw new AssertionError(message.toString());
        }
        return result;
    }

    private static void addAxeViolations(Results results, List<AuditFinding> findings) {
        if (results.getViolations() == null) {
            return;
        }
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                findings.add(new AuditFinding(rule.getId(), rule.getHelp() + (node.getFailureSummary() == null ? "" : " | " + node.getFailureSummary()),
                        String.valueOf(node.getTarget())));
            }
        }
    }

    /** Runs the size checks at each other window size, then restores the size the test was using. */
    private static void atEveryResolution(WebDriver driver, AuditProfile profile, List<AuditFinding> findings) {
        Dimension original = driver.manage().window().getSize();
        try {
            for (Dimension size : RESOLUTIONS) {
                if (size.equals(original)) {
                    continue;
                }
                resize(driver, size);
                addSizeFindings(driver, profile, findings, " at " + size.getWidth() + "x" + size.getHeight());
            }
        } finally {
            resize(driver, original);
        }
    }

    /** Resizes the window and waits until the page has laid itself out again (two animation frames). */
    private static void resize(WebDriver driver, Dimension size) {
        driver.manage().window().setSize(size);
        ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));");
    }

    @SuppressWarnings("unchecked")
    private static int addSizeFindings(WebDriver driver, AuditProfile profile, List<AuditFinding> findings, String where) {
        Object answer = ((JavascriptExecutor) driver).executeScript(SIZE_CHECKS, profile.minTextPx(), profile.minTargetPx());
        Map<String, Object> result = (Map<String, Object>) answer;
        for (Map<String, Object> problem : (List<Map<String, Object>>) result.get("problems")) {
            findings.add(new AuditFinding((String) problem.get("rule"), (String) problem.get("description") + where, (String) problem.get("element")));
        }
        return ((Number) result.get("checked")).intValue();
    }

    private static String readResource(String name) {
        try (InputStream in = AccessibilityAudit.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the accessibility module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
