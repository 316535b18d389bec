package care.clearconsent.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which changes need consent again (major) and which do not (minor). */
class VersionChangeTest {

    private final ContentPackage shipped = ContentLoader.loadShipped().configure(Map.of());

    @Test
    void the_same_content_has_no_changes() {
        assertThat(VersionChange.between(shipped, shipped)).isEqualTo(new VersionChange(false, List.of()));
    }

    @Test
    void a_wording_change_is_minor_and_shows_in_the_diff() {
        ContentPackage reworded = shipped.withSection("retention", section -> section.mapText((text, language) ->
                text.equals("Visit recordings are deleted after 60 days.") ? "Recordings of your visit are deleted after 60 days." : text));

        VersionChange change = VersionChange.between(shipped, reworded);
        ContentDiff diff = ContentDiff.between(shipped, reworded);

        assertThat(change.major()).isFalse();
        assertThat(change.changes()).containsExactly("wording: retention");
        assertThat(diff.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.section()).isEqualTo("retention");
            assertThat(entry.removed()).containsExactly("Visit recordings are deleted after 60 days.");
            assertThat(entry.added()).containsExactly("Recordings of your visit are deleted after 60 days.");
        });
    }

    @Test
    void the_words_agreed_to_are_in_every_language_part_of_the_hash_and_a_change_to_them_is_major() {
        for (Language language : Language.values()) {
            for (String key : ContentPackage.AGREEMENT_KEYS) {
                assertThat(shipped.agreementText(language, key)).as(language + " " + key).hasValueSatisfying(text -> assertThat(text).isNotBlank());
            }
        }
        var agreement = new java.util.EnumMap<Language, java.util.Map<String, String>>(shipped.agreement());
        var english = new java.util.HashMap<>(agreement.get(Language.EN));
        english.put("journey.decision.AGREE", "I agree to all of it");
        agreement.put(Language.EN, english);
        ContentPackage reworded = new ContentPackage("", shipped.sections(), shipped.questions(), shipped.purposes(), shipped.careWithoutAi(),
                shipped.glossary(), shipped.recipients(), shipped.settings(), agreement, shipped.demonstration());

        assertThat(ContentHash.of(reworded)).isNotEqualTo(ContentHash.of(shipped));
        assertThat(VersionChange.between(shipped, reworded).major()).isTrue();
        assertThat(VersionChange.between(shipped, reworded).changes()).contains("the words agreed to (decision, signature or receipt)");
    }

    @Test
    void a_model_update_is_major_only_when_marked_material() {
        ContentPackage routine = shipped.withSection("ai-chest-xray", section -> withModel(section, "3.3", false));
        ContentPackage material = shipped.withSection("ai-chest-xray", section -> withModel(section, "4.0", true));

        assertThat(VersionChange.between(shipped, routine).major()).isFalse();
        assertThat(VersionChange.between(shipped, routine).changes()).contains("model of ai-chest-xray 3.2 → 3.3 (not material)");
        assertThat(VersionChange.between(shipped, material).major()).isTrue();
        assertThat(VersionChange.between(shipped, material).changes()).contains("model of ai-chest-xray 3.2 → 4.0 (marked material)");
    }

    @Test
    void new_sharing_a_changed_purpose_a_new_system_or_care_without_ai_are_major() {
        List<Recipient> recipients = new ArrayList<>(shipped.recipients());
        recipients.add(new Recipient("research-partner", "US"));
        ContentPackage sharing = new ContentPackage("", shipped.sections(), shipped.questions(), shipped.purposes(), shipped.careWithoutAi(),
                shipped.glossary(), recipients, shipped.settings(), shipped.agreement(), shipped.demonstration());
        ContentPackage noPurpose = new ContentPackage("", shipped.sections(), shipped.questions(), List.of(), shipped.careWithoutAi(),
                shipped.glossary(), shipped.recipients(), shipped.settings(), shipped.agreement(), shipped.demonstration());
        ContentPackage fewerSystems = new ContentPackage("", shipped.sections().stream().filter(s -> !s.id().equals("ai-note-drafting")).toList(),
                shipped.questions(), shipped.purposes(), shipped.careWithoutAi(), shipped.glossary(), shipped.recipients(), shipped.settings(), shipped.agreement(), shipped.demonstration());
        ContentPackage offered = ContentLoader.loadShipped().configure(Map.of("care-without-ai", "offered"));

        assertThat(VersionChange.between(shipped, sharing).changes()).contains("new sharing: research-partner");
        assertThat(VersionChange.between(shipped, noPurpose).changes()).contains("changed purpose: improve-ai");
        assertThat(VersionChange.between(fewerSystems, shipped).changes()).contains("new AI system: ai-note-drafting");
        assertThat(VersionChange.between(shipped, offered).changes()).contains("care without AI is now offered");
        for (ContentPackage changed : List.of(sharing, noPurpose, offered)) {
            assertThat(VersionChange.between(shipped, changed).major()).isTrue();
        }
        assertThat(VersionChange.between(fewerSystems, shipped).major()).isTrue();
    }

    @Test
    void whether_one_ai_system_can_be_declined_is_major_and_the_demonstration_flag_is_minor() {
        ContentPackage notOffered = ContentLoader.loadShipped().configure(Map.of("decline-ai-early-warning", "not-offered"));
        ContentPackage ownContent = new ContentPackage("", shipped.sections(), shipped.questions(), shipped.purposes(), shipped.careWithoutAi(),
                shipped.glossary(), shipped.recipients(), shipped.settings(), shipped.agreement(), false);

        assertThat(VersionChange.between(shipped, notOffered).major()).isTrue();
        assertThat(VersionChange.between(shipped, notOffered).changes()).contains("declining ai-early-warning is now not-offered");
        assertThat(VersionChange.between(shipped, ownContent).major()).isFalse();
        assertThat(VersionChange.between(shipped, ownContent).changes()).containsExactly("the institution's own content (no longer a demonstration)");
        assertThat(ContentHash.of(ownContent)).isNotEqualTo(ContentHash.of(shipped));
    }

    @Test
    void a_changed_contact_is_minor() {
        ContentPackage contact = ContentLoader.loadShipped().configure(Map.of("privacy-officer", "the privacy officer, 02-123-4567"));

        VersionChange change = VersionChange.between(shipped, contact);

        assertThat(change.major()).isFalse();
        assertThat(change.changes()).contains("institution setting privacy-officer: the privacy officer, 02-123-4567");
    }

    static Section withModel(Section section, String version, boolean material) {
        SystemFacts facts = section.facts();
        return new Section(section.id(), section.kind(), section.text(), section.glossary(),
                new SystemFacts(facts.product(), version, material, facts.dataLocations(), facts.staff()));
    }
}
