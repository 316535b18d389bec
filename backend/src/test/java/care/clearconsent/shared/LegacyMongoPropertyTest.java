package care.clearconsent.shared;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.clearconsent.ClearConsentApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/** Boot 3's spring.data.mongodb.uri would be silently ignored by Boot 4; the app refuses to start and says why. */
class LegacyMongoPropertyTest {

    @Test
    void setting_the_boot_3_property_stops_the_start_and_names_the_right_one() {
        SpringApplication app = new SpringApplication(ClearConsentApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);

        assertThatThrownBy(() -> app.run("--spring.data.mongodb.uri=mongodb://db.example:27017/clearconsent"))
                .hasStackTraceContaining("spring.data.mongodb.uri is no longer read")
                .hasStackTraceContaining("spring.mongodb.uri")
                .hasStackTraceContaining("SPRING_MONGODB_URI");
    }
}
