package care.clearconsent.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.clearconsent.patients.RegistrationRejected.RegistrationProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class PatientRegistryTest {

    @Autowired
    PatientRegistry registry;

    @ParameterizedTest
    @CsvSource({"010-1234-5678, +821012345678", "01012345678, +821012345678", "+82 10 9876 5432, +821098765432", "+44 7400 123456, +447400123456"})
    void a_mobile_number_is_stored_in_international_form(String typed, String expected) {
        Patient patient = registry.register("  Kim Young-hee ", typed, "nurse");

        assertThat(patient.phoneNumber()).isEqualTo(expected);
        assertThat(patient.displayName()).isEqualTo("Kim Young-hee");
        assertThat(registry.find(patient.id())).contains(patient);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "010-1234", "02-123-4567", "hello", "+1 555 0100", "0101234567890123456789012345678"})
    void an_invalid_phone_number_is_refused_and_nothing_is_stored(String phone) {
        int before = registry.recent(10_000).size();

        assertThatThrownBy(() -> registry.register("Lee", phone, "nurse"))
                .isInstanceOfSatisfying(RegistrationRejected.class, rejected -> assertThat(rejected.problems())
                        .containsExactly(new RegistrationProblem("phone", "registration.phone.invalid")));
        assertThat(registry.recent(10_000)).hasSize(before);
    }

    @Test
    void an_empty_name_and_a_bad_phone_are_both_reported() {
        assertThatThrownBy(() -> registry.register("   ", "123", "nurse"))
                .isInstanceOfSatisfying(RegistrationRejected.class, rejected -> assertThat(rejected.problems()).extracting(RegistrationProblem::field)
                        .containsExactly("name", "phone"));
    }

    @Test
    void a_name_longer_than_100_characters_is_refused() {
        assertThatThrownBy(() -> registry.register("x".repeat(101), "010-1234-5678", "nurse"))
                .isInstanceOfSatisfying(RegistrationRejected.class, rejected -> assertThat(rejected.problems())
                        .containsExactly(new RegistrationProblem("name", "registration.name.too-long")));
    }

    @Test
    void pseudonyms_are_random_and_reveal_nothing() {
        Patient first = registry.register("Same Name", "010-1111-2222", "nurse");
        Patient second = registry.register("Same Name", "010-1111-2222", "nurse");

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(first.id().value()).matches("P-[2-9A-HJ-NP-Z]{10}").doesNotContain("Same");
    }
}
