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
    void module_documentation_can_be_written() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
