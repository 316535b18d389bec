package care.clearconsent.explanation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.clearconsent.content.InstitutionSetting;
import care.clearconsent.content.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** An administrator's setting change is checked, recorded and published as a new explanation version; a bad one changes nothing. */
// Its own application and store: the versions it publishes must not reach other tests.
@SpringBootTest(properties = "clearconsent.test.context=settings-change")
@DirtiesContext
class SettingsChangeTest {

    @Autowired
    ExplanationCatalogue catalogue;

    @Test
    void a_new_privacy_officer_is_recorded_and_published_in_a_new_version_patients_are_shown() {
        PublishedContent before = catalogue.current();

        PublishedContent published = catalogue.changeSetting("privacy-officer", " Privacy Office, Kim Ji-won, 02-1234-5678 ", "chief");

        assertThat(published.version()).isNotEqualTo(before.version());
        assertThat(catalogue.current()).isEqualTo(published);
        InstitutionSetting officer = setting(published, "privacy-officer");
        assertThat(officer.isDefault()).isFalse();
        assertThat(officer.text(Language.KO)).isEqualTo("Privacy Office, Kim Ji-won, 02-1234-5678");
        assertThat(published.content().sections().stream().flatMap(section -> section.text(Language.EN,
                care.clearconsent.content.ReadingLevel.STANDARD).paragraphs().stream())).anyMatch(text -> text.contains("Kim Ji-won"));
        assertThat(catalogue.settingChanges(10).getFirst()).satisfies(change -> {
            assertThat(change.setting()).isEqualTo("privacy-officer");
            assertThat(change.before()).isNull();
            assertThat(change.by()).isEqualTo("chief");
            assertThat(change.publishedVersion()).isEqualTo(published.version());
        });
    }

    @Test
    void a_choice_that_is_not_offered_an_empty_an_overlong_or_an_unchanged_value_is_refused_and_nothing_is_published() {
        String decided = setting(catalogue.current(), "decline-ai-chest-xray").choices().keySet().stream().sorted().findFirst().orElseThrow();
        if (!decided.equals(setting(catalogue.current(), "decline-ai-chest-xray").configured())) {
            catalogue.changeSetting("decline-ai-chest-xray", decided, "chief");
        }
        PublishedContent before = catalogue.current();
        int changes = catalogue.settingChanges(1000).size();

        assertRefused("decline-ai-chest-xray", "sometimes", "settings.value.invalid");
        assertRefused("no-such-setting", "x", "settings.value.invalid");
        assertRefused("privacy-officer", " \u202E ", "settings.value.required");
        assertRefused("privacy-officer", "x".repeat(ExplanationCatalogue.MAX_SETTING_LENGTH + 1), "settings.value.too-long");
        assertRefused("decline-ai-chest-xray", decided, "settings.value.unchanged");

        assertThat(catalogue.current()).isEqualTo(before);
        assertThat(catalogue.settingChanges(1000)).hasSize(changes);
    }

    private static InstitutionSetting setting(PublishedContent content, String id) {
        return content.content().settings().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private void assertRefused(String id, String value, String messageKey) {
        assertThatThrownBy(() -> catalogue.changeSetting(id, value, "chief"))
                .isInstanceOfSatisfying(SettingRejected.class, rejected -> assertThat(rejected.messageKey()).isEqualTo(messageKey));
    }
}
