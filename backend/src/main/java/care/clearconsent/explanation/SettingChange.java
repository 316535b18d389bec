package care.clearconsent.explanation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One change of an institution setting: before (null for the default), after, who, when, and the version it published (none for a setting patients' texts do not name, such as the time zone). */
public record SettingChange(Instant at, String setting, @Nullable String before, String after, String by, @Nullable String publishedVersion) {
}
