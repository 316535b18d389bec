package care.clearconsent.explanation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.clearconsent.content.ContentDiff;
import care.clearconsent.content.Language;
import care.clearconsent.content.ReadingLevel;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An administrator publishes the content folder only after reviewing it: the review shows every broken rule with
 * file and line, or the version it would become with what changed; exactly what was reviewed is published, recorded
 * with who published it; nothing broken, unchanged or changed since the review is ever published.
 */
// Its own application, store and content folder: the versions it publishes must not reach other tests.
@SpringBootTest
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContentPublishTest {

    private static final Path FOLDER = ContentFolders.copyOfShipped(text -> text);
    private static final String SECTION = "sections/ai-chest-xray.yaml";
    private static final String OLD_LINE = "It does not look for other problems. So no mark does not mean that you have no other problem.";
    private static final String NEW_LINE = "It looks for nothing else. So no mark does not mean that you have no other problem.";

    @DynamicPropertySource
    static void contentFolder(DynamicPropertyRegistry properties) {
        properties.add("clearconsent.content.directory", FOLDER::toString);
    }

    @Autowired
    ExplanationCatalogue catalogue;

    @Test
    @Order(1)
    void an_unchanged_folder_is_valid_but_there_is_nothing_to_publish() {
        ContentReview review = catalogue.review();

        assertThat(review.valid()).isTrue();
        assertThat(review.publishable()).isFalse();
        assertThat(review.source()).isEqualTo(FOLDER.toString());
        assertThat(review.readability()).isNotNull();
        assertRefused(review.reviewedHash(), "content.publish.unchanged");
    }

    @Test
    @Order(2)
    void a_broken_file_is_reported_with_file_and_line_and_nothing_is_published() {
        PublishedContent before = catalogue.current();
        ContentFolders.edit(FOLDER, SECTION, "  model-version: \"3.2\"", "  model-version: 3.2: [");
        try {
            ContentReview review = catalogue.review();

            assertThat(review.valid()).isFalse();
            assertThat(review.problems()).isNotEmpty().allSatisfy(problem -> assertThat(problem.file()).isEqualTo(SECTION));
            assertThat(review.problems().getFirst().line()).isPositive();
            assertThat(review.nextVersion()).isNull();
            assertRefused("anything", "content.publish.invalid");
            assertThat(catalogue.current()).isEqualTo(before);
        } finally {
            ContentFolders.edit(FOLDER, SECTION, "  model-version: 3.2: [", "  model-version: \"3.2\"");
        }
    }

    @Test
    @Order(3)
    void a_reworded_line_is_shown_as_a_minor_version_with_the_changed_line_and_published_as_reviewed() {
        PublishedContent before = catalogue.current();
        ContentFolders.edit(FOLDER, SECTION, OLD_LINE, NEW_LINE);

        ContentReview review = catalogue.review();

        assertThat(review.publishable()).isTrue();
        assertThat(review.major()).isFalse();
        assertThat(review.nextVersion()).isEqualTo(before.major() + "." + (before.minor() + 1));
        assertThat(review.diff()).isNotNull();
        ContentDiff.Entry entry = review.diff().entries().stream().filter(e -> e.language() == Language.EN && e.level() == ReadingLevel.STANDARD)
                .findFirst().orElseThrow();
        assertThat(entry.section()).isEqualTo("ai-chest-xray");
        assertThat(entry.removed()).contains(OLD_LINE);
        assertThat(entry.added()).contains(NEW_LINE);
        assertThat(catalogue.current()).as("a review publishes nothing").isEqualTo(before);

        PublishedContent published = catalogue.publishReviewed(review.reviewedHash(), "chief");

        assertThat(published.version()).isEqualTo(review.nextVersion());
        assertThat(published.publishedBy()).isEqualTo("chief");
        assertThat(catalogue.current()).isEqualTo(published);
        assertThat(catalogue.byHash(published.hash()).orElseThrow().publishedBy()).as("stored with who published it").isEqualTo("chief");
        assertThat(englishText(published)).contains(NEW_LINE).doesNotContain(OLD_LINE);

        // A later setting change republishes what the administrator published, not an older text.
        PublishedContent withSetting = catalogue.changeSetting("privacy-officer", "Privacy Office, 02-555-0100", "chief");
        assertThat(englishText(withSetting)).contains(NEW_LINE);
    }

    @Test
    @Order(4)
    void a_folder_changed_after_the_review_is_not_published() {
        PublishedContent before = catalogue.current();
        ContentFolders.edit(FOLDER, SECTION, NEW_LINE, OLD_LINE);
        ContentReview reviewed = catalogue.review();
        assertThat(reviewed.publishable()).isTrue();

        // Someone changes the folder between the administrator's review and their click.
        ContentFolders.edit(FOLDER, SECTION, "It can wrongly mark pacemakers", "It can mistakenly mark pacemakers");

        assertRefused(reviewed.reviewedHash(), "content.publish.changed-since-review");
        assertThat(catalogue.current()).isEqualTo(before);
        ContentReview now = catalogue.review();
        assertThat(now.reviewedHash()).isNotEqualTo(reviewed.reviewedHash());
        assertThat(catalogue.publishReviewed(now.reviewedHash(), "chief").version()).isEqualTo(now.nextVersion());
    }

    private static String englishText(PublishedContent content) {
        return String.join("\n", content.content().section("ai-chest-xray").orElseThrow().text(Language.EN, ReadingLevel.STANDARD).paragraphs());
    }

    private void assertRefused(String reviewedHash, String messageKey) {
        assertThatThrownBy(() -> catalogue.publishReviewed(reviewedHash, "chief"))
                .isInstanceOfSatisfying(ContentPublishRejected.class, rejected -> assertThat(rejected.messageKey()).isEqualTo(messageKey));
    }
}
