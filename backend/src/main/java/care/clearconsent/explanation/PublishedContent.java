package care.clearconsent.explanation;

import care.clearconsent.content.ContentPackage;
import java.time.Instant;

/** A published, immutable content version; {@code hash} is the SHA-256 of its canonical form. */
public record PublishedContent(String hash, ContentPackage content, Instant publishedAt) {
}
