package care.clearconsent.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The build fails when the shipped content breaks a rule: this test loads and validates it. */
class ShippedContentTest {

    @Test
    void shipped_content_is_complete_and_valid() {
        ContentPackage content = ContentLoader.loadShipped();

        assertThat(content.sections()).extracting(Section::id).startsWith("ai-chest-xray")
                .contains("data-collected", "pseudonymisation", "who-sees", "retention", "protection", "responsibility", "your-rights");
        assertThat(content.questions()).hasSizeBetween(2, 3 * content.sections().size());
        assertThat(content.sections()).first().extracting(Section::kind).isEqualTo(SectionKind.AI_SYSTEM);
        assertThat(content.glossary()).extracting(GlossaryEntry::id).contains("pseudonymisation", "radiologist");
        assertThat(content.section("pseudonymisation").orElseThrow().glossary()).contains("pseudonymisation", "anonymisation");
        for (Section section : content.sections()) {
            for (Language language : Language.values()) {
                for (ReadingLevel level : ReadingLevel.values()) {
                    assertThat(section.text(language, level).title()).isNotBlank();
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
        ContentPackage content = ContentLoader.loadShipped();
        String json = ContentHash.canonicalJson(content);

        ContentPackage back = ContentHash.fromCanonicalJson(json);

        assertThat(back).isEqualTo(content);
        assertThat(ContentHash.canonicalJson(back)).isEqualTo(json);
    }
}
