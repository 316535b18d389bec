package care.clearconsent.shared;

import care.clearconsent.patients.TestPatients;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.ClearConsentApplication;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The default store keeps its data in an H2 file: what is written before a restart is there after it. */
@DisabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+", disabledReason = "tests the embedded file store, which a real MongoDB replaces")
class EmbeddedStorePersistenceTest {

    @TempDir
    Path data;

    @Test
    void data_written_before_a_restart_is_read_after_it() {
        Patient registered;
        try (ConfigurableApplicationContext first = start()) {
            registered = first.getBean(PatientRegistry.class).register(TestPatients.newPatient("Yoon", "010-4444-5555"), "nurse");
        }
        assertThat(data.resolve("clearconsent.mv")).satisfies(file -> assertThat(Files.size(file)).isPositive());

        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(PatientRegistry.class).find(registered.id())).contains(registered);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ClearConsentApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--clearconsent.store.in-memory=false", "--clearconsent.store.data-directory=" + data, "--spring.mongodb.uri=", "--server.port=0",
                        // The data key lives beside the data, as in an installation: the encrypted names open after the restart.
                        "--clearconsent.store.key-directory=" + data.resolve("keys"));
    }
}
