package care.clearconsent.explanation;

import care.clearconsent.content.ContentDiff;
import care.clearconsent.content.ContentProblem;
import care.clearconsent.content.ReadabilityReport;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What publishing the content folder would do, shown to an administrator before they publish it.
 *
 * @param source         the content folder read, or {@link #SHIPPED}
 * @param currentVersion the version patients are shown now
 * @param problems       every rule the content breaks (file, line, rule); when any, nothing else is known
 * @param readability    the scores of its texts, when valid
 * @param reviewedHash   the hash of exactly what was reviewed, without version; publishing checks it again
 * @param nextVersion    the version it would become; {@code null} when invalid or the same as the current one
 * @param major          whether patients must consent again
 * @param changes        what changed, in the words the version list uses
 * @param diff           the changed lines of every text
 */
public record ContentReview(String source, String currentVersion, List<ContentProblem> problems, @Nullable ReadabilityReport readability,
                            @Nullable String reviewedHash, @Nullable String nextVersion, boolean major, List<String> changes,
                            @Nullable ContentDiff diff) {

    /** The source named when no content folder is configured: the content shipped in the application. */
    public static final String SHIPPED = "";

    public ContentReview {
        problems = List.copyOf(problems);
        changes = List.copyOf(changes);
    }

    static ContentReview invalid(String source, String currentVersion, List<ContentProblem> problems) {
        return new ContentReview(source, currentVersion, problems, null, null, null, false, List.of(), null);
    }

    static ContentReview unchanged(String source, String currentVersion, ReadabilityReport readability, String reviewedHash) {
        return new ContentReview(source, currentVersion, List.of(), readability, reviewedHash, null, false, List.of(), null);
    }

    static ContentReview changed(String source, String currentVersion, ReadabilityReport readability, String reviewedHash, String nextVersion,
                                 boolean major, List<String> changes, ContentDiff diff) {
        return new ContentReview(source, currentVersion, List.of(), readability, reviewedHash, nextVersion, major, changes, diff);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** Valid and different from the current version. */
    public boolean publishable() {
        return valid() && nextVersion != null;
    }
}
