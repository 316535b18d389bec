package care.clearconsent.explanation.internal;

import care.clearconsent.content.ReadabilityReport;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.TypeAlias;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A published content version exactly as published: never updated, never deleted. {@code id} is the SHA-256 of
 * {@code canonicalJson} (which includes the version); {@code bodyHash} is the hash without the version, used to see
 * whether the content changed at all; {@code changes} say why this version was numbered as it was; {@code publishedBy}
 * names the administrator who published it (a setting change or a reviewed content folder), empty when it was
 * published at start from the configuration.
 */
@Document("content_versions")
@TypeAlias("ContentSnapshot")
public record ContentSnapshot(@Id String id, String version, int major, int minor, String bodyHash, String canonicalJson,
                              List<String> changes, ReadabilityReport readability, Instant publishedAt,
                              @org.jspecify.annotations.Nullable String publishedBy) {
}
