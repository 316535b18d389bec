package care.clearconsent.accessibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every audit of a test run and writes a conformance report (Markdown) listing each screen,
 * the profile it was held to, what was checked and what failed.
 */
public final class ConformanceReport {

    private static final ConformanceReport SHARED = new ConformanceReport();
    private final List<AuditResult> results = new ArrayList<>();

    public static ConformanceReport shared() {
        return SHARED;
    }

    public synchronized void add(AuditResult result) {
        results.add(result);
    }

    public synchronized List<AuditResult> results() {
        return List.copyOf(results);
    }

    /** Writes the report; call once at the end of a test run. */
    public synchronized Path write(Path folder) {
        StringBuilder text = new StringBuilder("# ClearConsent accessibility conformance report\n\n")
                .append("Generated ").append(Instant.now()).append(" by the accessibility module's audit.\n\n")
                .append("Checks: axe-core with tags ").append(String.join(", ", AccessibilityAudit.WCAG_TAGS))
                .append(" and rules ").append(String.join(", ", AccessibilityAudit.EXTRA_RULES))
                .append("; every interactive element at least the profile's target size; all visible text at least the profile's text size.\n\n")
                .append("| screen | profile | elements sized | findings | result |\n|---|---|---|---|---|\n");
        long failed = 0;
        for (AuditResult result : results) {
            failed += result.passed() ? 0 : 1;
            text.append("| ").append(result.screen()).append(" | ").append(result.profile().name())
                    .append(" (text >= ").append(result.profile().minTextPx()).append(" px, targets >= ").append(result.profile().minTargetPx())
                    .append(" px) | ").append(result.elementsChecked()).append(" | ").append(result.findings().size())
                    .append(" | ").append(result.passed() ? "pass" : "FAIL").append(" |\n");
        }
        text.append("\n").append(results.size()).append(" screens audited, ").append(failed).append(" with findings.\n");
        for (AuditResult result : results) {
            if (!result.passed()) {
                text.append("\n## ").append(result.screen()).append("\n");
                result.findings().forEach(f -> text.append("- ").append(f).append("\n"));
            }
        }
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve("conformance-report.md");
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
