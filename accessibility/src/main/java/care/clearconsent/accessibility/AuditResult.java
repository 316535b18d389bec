package care.clearconsent.accessibility;

import java.util.List;

/** The audit of one screen: which checks ran and what failed. */
public record AuditResult(String screen, String url, AuditProfile profile, List<AuditFinding> findings, int elementsChecked) {

    public AuditResult {
        findings = List.copyOf(findings);
    }

    public boolean passed() {
        return findings.isEmpty();
    }
}
