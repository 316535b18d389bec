package care.clearconsent;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Features talk through each other's top-level API only; no cycles; internals stay internal. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ClearConsentApplication.class);

    @Test
    void feature_modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void module_documentation_can_be_written() throws java.io.IOException {
        String folder = "target/spring-modulith-docs";
        Documenter documenter = new Documenter(modules, folder);
        documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

        java.nio.file.Path overview = java.nio.file.Path.of(folder, "components.puml");
        String diagram = java.nio.file.Files.readString(overview);
        modules.forEach(module -> org.assertj.core.api.Assertions.assertThat(diagram).as(overview.toString()).contains(module.getDisplayName()));
    }
}
