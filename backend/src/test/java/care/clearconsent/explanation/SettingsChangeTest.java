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
    @Autowired
    InstitutionSchedule schedule;

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

    @Test
    void the_time_zone_and_quiet_hours_are_checked_recorded_and_kept_out_of_the_explanation_text() {
        PublishedContent before = catalogue.current();
        schedule.changeZone(" Europe/Berlin ", "chief");
        schedule.changeQuietHours("20:30-07:00", "chief");

        assertThat(schedule.zone()).isEqualTo(java.time.ZoneId.of("Europe/Berlin"));
        assertThat(schedule.quietHours()).isEqualTo(new QuietHours(java.time.LocalTime.of(20, 30), java.time.LocalTime.of(7, 0)));
        assertThat(catalogue.settingChanges(2)).extracting(SettingChange::setting, SettingChange::after, SettingChange::by, SettingChange::publishedVersion)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("time-zone", "Europe/Berlin", "chief", null),
                        org.assertj.core.groups.Tuple.tuple("quiet-hours", "20:30-07:00", "chief", null));
        assertThat(catalogue.current()).as("no new explanation version for a clock setting").isEqualTo(before);

        int changes = catalogue.settingChanges(1000).size();
        for (String zone : new String[] {"", "Mars/Olympus", "+09:00", "UTC+9", "{\"$gt\": \"\"}", "Europe/Berlin"}) {
            assertThatThrownBy(() -> schedule.changeZone(zone, "chief")).as(zone).isInstanceOf(SettingRejected.class);
        }
        for (String hours : new String[] {"", "21:00", "25:00-08:00", "08:00-08:00", "evening", "20:30-07:00"}) {
            assertThatThrownBy(() -> schedule.changeQuietHours(hours, "chief")).as(hours).isInstanceOf(SettingRejected.class);
        }
        assertThat(catalogue.settingChanges(1000)).hasSize(changes);
        assertThat(schedule.zone()).isEqualTo(java.time.ZoneId.of("Europe/Berlin"));
    }

    @Test
    void quiet_hours_hold_across_midnight_and_end_at_their_end() {
        QuietHours night = QuietHours.DEFAULT;
        java.time.ZoneId seoul = java.time.ZoneId.of("Asia/Seoul");
        java.time.ZonedDateTime evening = java.time.ZonedDateTime.of(2026, 11, 26, 21, 0, 0, 0, seoul);

        assertThat(night.contains(java.time.LocalTime.of(20, 59))).isFalse();
        assertThat(night.contains(java.time.LocalTime.of(21, 0))).isTrue();
        assertThat(night.contains(java.time.LocalTime.of(3, 0))).isTrue();
        assertThat(night.contains(java.time.LocalTime.of(8, 0))).isFalse();
        assertThat(night.nextAllowed(evening)).isEqualTo(evening.plusDays(1).withHour(8));
        assertThat(night.nextAllowed(evening.plusHours(6))).isEqualTo(evening.plusDays(1).withHour(8));
        assertThat(night.nextAllowed(evening.minusHours(1))).isEqualTo(evening.minusHours(1));
        QuietHours lunch = new QuietHours(java.time.LocalTime.of(12, 0), java.time.LocalTime.of(13, 0));
        assertThat(lunch.contains(java.time.LocalTime.of(12, 30))).isTrue();
        assertThat(lunch.contains(java.time.LocalTime.of(13, 0))).isFalse();
    }

    private static InstitutionSetting setting(PublishedContent content, String id) {
        return content.content().settings().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private void assertRefused(String id, String value, String messageKey) {
        assertThatThrownBy(() -> catalogue.changeSetting(id, value, "chief"))
                .isInstanceOfSatisfying(SettingRejected.class, rejected -> assertThat(rejected.messageKey()).isEqualTo(messageKey));
    }
}
