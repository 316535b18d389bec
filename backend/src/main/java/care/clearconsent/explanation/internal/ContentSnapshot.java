package care.clearconsent.explanation.internal;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A published content version exactly as published: never updated, never deleted. */
@Document("content_versions")
public record ContentSnapshot(@Id String id, String version, String canonicalJson, Instant publishedAt) {
}
