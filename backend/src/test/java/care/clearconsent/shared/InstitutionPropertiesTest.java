package care.clearconsent.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Institution settings can be set as properties or as environment variables, as the README says. */
class InstitutionPropertiesTest {

    @Test
    void settings_bind_from_environment_variables_and_from_properties_to_the_same_ids() {
        StandardEnvironment environment = new StandardEnvironment();
        // Replaces the real environment: Spring maps variable names only for the source with this name.
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                "CLEARCONSENT_INSTITUTION_SETTINGS_CARE_WITHOUT_AI", "offered",
                "CLEARCONSENT_INSTITUTION_SETTINGS_PRIVACY_OFFICER", "the privacy officer, 02-555-0100")));
        environment.getPropertySources().addFirst(new MapPropertySource("properties", Map.of(
                "clearconsent.institution.settings.record-retention", "15 years")));

        InstitutionProperties institution = new Binder(ConfigurationPropertySources.get(environment))
                .bind("clearconsent.institution", InstitutionProperties.class).get();

        assertThat(institution.settings()).containsEntry("care-without-ai", "offered")
                .containsEntry("privacy-officer", "the privacy officer, 02-555-0100")
                .containsEntry("record-retention", "15 years");
    }

    @Test
    void a_mistyped_time_zone_is_refused_at_start_naming_the_setting() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new InstitutionProperties("Asia/Seul", java.util.Map.of()))
                .hasMessageContaining("clearconsent.institution.time-zone").hasMessageContaining("Asia/Seul");
    }
}
