package care.clearconsent.explanation;

import care.clearconsent.content.ContentPackage;
import care.clearconsent.content.ReadabilityReport;
import care.clearconsent.content.SystemFacts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A published, immutable content version: {@code hash} is the SHA-256 of its canonical form, {@code content} carries
 * its version number ({@code major.minor}) and the institution settings in force, {@code changes} say what changed
 * from the version before, {@code readability} holds the scores of its texts, and {@code publishedBy} names the
 * administrator who published it (none when published at start from the configuration).
 */
public record PublishedContent(String hash, ContentPackage content, int major, int minor, List<String> changes,
                               ReadabilityReport readability, Instant publishedAt, @org.jspecify.annotations.Nullable String publishedBy) {

    public PublishedContent {
        changes = List.copyOf(changes);
    }

    public String version() {
        return content.version();
    }

    /** Each AI system this version explains, with the product and model version it describes. */
    public Map<String, String> aiSystemVersions() {
        Map<String, String> systems = new TreeMap<>();
        content.aiSystems().forEach(section -> {
            SystemFacts facts = Objects.requireNonNull(section.facts());
            systems.put(section.id(), facts.product() + " " + facts.modelVersion());
        });
        return systems;
    }
}
