package care.clearconsent.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The build fails when the shipped content breaks a rule: this test loads and validates it and writes its report. */
class ShippedContentTest {

    @Test
    void shipped_content_is_complete_and_valid() {
        ContentPackage content = ContentLoader.loadShipped();

        assertThat(content.aiSystems()).extracting(Section::id).containsExactly("ai-chest-xray", "ai-early-warning", "ai-note-drafting");
        assertThat(content.sections()).extracting(Section::id)
                .contains("data-collected", "pseudonymisation", "improve-ai", "who-sees", "transfer-abroad", "retention", "protection",
                        "your-rights", "responsibility");
        for (Section card : content.aiSystems()) {
            assertThat(content.questions()).as("a question about " + card.id()).anyMatch(q -> q.section().equals(card.id()));
            assertThat(card.facts()).isNotNull();
            assertThat(card.facts().staff()).extracting(StaffAttribute::key).containsExactlyElementsOf(StaffAttributes.KEYS);
            for (Language language : Language.values()) {
                for (ReadingLevel level : ReadingLevel.values()) {
                    assertThat(card.text(language, level).parts()).extracting(SectionText.Part::topic).containsExactlyElementsOf(CardTopic.REQUIRED);
                }
            }
        }
        assertThat(content.glossary()).extracting(GlossaryEntry::id).contains("pseudonymisation", "radiologist", "sepsis");
        for (Section section : content.sections()) {
            for (Language language : Language.values()) {
                for (ReadingLevel level : ReadingLevel.values()) {
                    assertThat(section.text(language, level).title()).isNotBlank();
                }
            }
        }
    }

    @Test
    void shipped_content_is_within_the_readability_limits_and_the_report_is_written() throws Exception {
        ContentPackage content = ContentLoader.loadShipped().configure(Map.of());

        ReadabilityReport report = ReadabilityReport.of(content);
        Path file = Path.of("target", "readability-report.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.markdown());

        assertThat(report.rows()).hasSize(content.sections().size() * 4);
        assertThat(report.allWithinLimits()).as(report.markdown()).isTrue();
    }

    @Test
    void a_fact_card_is_read_in_short_parts_the_same_in_every_language_and_level_and_every_topic_once() {
        for (Section section : ContentLoader.loadShipped().sections()) {
            List<List<String>> pages = section.pages();
            if (section.isAiSystem()) {
                assertThat(pages.size()).as(section.id()).isBetween(3, CardTopic.REQUIRED.size());
                assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(CardTopic.REQUIRED);
            } else {
                assertThat(pages).as(section.id()).hasSize(1);
            }
            for (Language language : Language.values()) {
                for (ReadingLevel level : ReadingLevel.values()) {
                    SectionText text = section.text(language, level);
                    List<SectionText.Part> shown = new java.util.ArrayList<>();
                    for (int page = 0; page < pages.size(); page++) {
                        SectionText part = section.page(language, level, page);
                        assertThat(part.title()).isEqualTo(text.title());
                        assertThat(part.parts()).isNotEmpty();
                        shown.addAll(part.parts());
                    }
                    assertThat(shown).as(section.id() + " " + language + " " + level).isEqualTo(text.parts());
                }
            }
        }
    }

    @Test
    void the_hash_of_the_shipped_content_is_stable_across_loads() {
        assertThat(ContentHash.of(ContentLoader.loadShipped())).isEqualTo(ContentHash.of(ContentLoader.loadShipped()))
                .hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void canonical_json_reads_back_to_the_same_package() {
        ContentPackage content = ContentLoader.loadShipped().configure(Map.of("privacy-officer", "02-123-4567"));
        String json = ContentHash.canonicalJson(content);

        ContentPackage back = ContentHash.fromCanonicalJson(json);

        assertThat(back).isEqualTo(content);
        assertThat(ContentHash.canonicalJson(back)).isEqualTo(json);
    }
}
