package care.clearconsent.shared;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.clearconsent.ClearConsentApplication;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A wrong setting stops the start with a message that names the setting, instead of failing later in front of a patient. */
class SettingsValidationTest {

    /** {@code named}, where given, is how Bean Validation names a nested setting (Boot's start-up report spells it out). */
    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "clearconsent.institution.time-zone, Asia/Seul, ",
            "clearconsent.journey.link-lifetime, -PT5M, ",
            "clearconsent.journey.session-lifetime, PT0S, ",
            "clearconsent.journey.receipt-shown-for, fifteen minutes, ",
            "clearconsent.staff.idle-timeout, PT0S, ",
            "clearconsent.staff.sign-in.failures-per-account, 0, failuresPerAccount"})
    void a_wrong_setting_stops_the_start_naming_it(String setting, String value, String named) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(ClearConsentApplication.class).web(WebApplicationType.NONE)
                .run("--spring.mongodb.uri=", "--clearconsent.store.in-memory=true", "--" + setting + "=" + value).close())
                .hasStackTraceContaining(named == null ? setting : named);
    }
}
