package care.clearconsent.explanation;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the explanation content comes from.
 *
 * @param directory a folder laid out like {@code content/src/main/resources/clearconsent-content} holding the
 *                  institution's own content (CLEARCONSENT_CONTENT_DIRECTORY); unset, the shipped demonstration content
 *                  is used, which the production profile refuses
 */
@ConfigurationProperties("clearconsent.content")
public record ContentProperties(@Nullable Path directory) {
}
