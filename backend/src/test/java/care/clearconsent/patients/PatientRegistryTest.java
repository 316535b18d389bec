package care.clearconsent.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.clearconsent.patients.RegistrationRejected.RegistrationProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

@SpringBootTest
class PatientRegistryTest {

    @Autowired
    PatientRegistry registry;
    @Autowired
    MongoTemplate mongo;

    @ParameterizedTest
    @CsvSource({"010-1234-5678, +821012345678", "01012345678, +821012345678", "+82 10 9876 5432, +821098765432", "+44 7400 123456, +447400123456"})
    void a_mobile_number_is_stored_in_international_form(String typed, String expected) {
        Patient patient = registry.register(new NewPatient("  Kim Young-hee ", typed, unique("h "), " 1948 "), "nurse");

        assertThat(patient.phoneNumber()).isEqualTo(expected);
        assertThat(patient.displayName()).isEqualTo("Kim Young-hee");
        assertThat(patient.birthYear()).isEqualTo(1948);
        assertThat(registry.find(patient.id())).contains(patient);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "010-1234", "02-123-4567", "hello", "+1 555 0100", "0101234567890123456789012345678", "{\"$gt\": \"\"}"})
    void an_invalid_or_landline_phone_number_is_refused_and_nothing_is_stored(String phone) {
        long before = storedPatients();

        assertThatThrownBy(() -> registry.register(new NewPatient("Lee", phone, unique("p"), "1950"), "nurse"))
                .isInstanceOfSatisfying(RegistrationRejected.class, rejected -> assertThat(rejected.problems())
                        .containsExactly(new RegistrationProblem("phone", "registration.phone.invalid")));
        assertThat(storedPatients()).isEqualTo(before);
    }

    @Test
    void every_wrong_field_is_reported_at_once() {
        assertThatThrownBy(() -> registry.register(new NewPatient("   ", "123", "", "19"), "nurse"))
                .isInstanceOfSatisfying(RegistrationRejected.class, rejected -> assertThat(rejected.problems()).extracting(RegistrationProblem::field)
                        .containsExactly("name", "phone", "hospitalNumber", "birthYear"));
    }

    @Test
    void a_name_longer_than_100_characters_is_refused_and_100_korean_syllables_are_not() {
        assertThatThrownBy(() -> registry.register(new NewPatient("x".repeat(101), "010-1234-5678", unique("l"), "1950"), "nurse"))
                .isInstanceOfSatisfying(RegistrationRejected.class, rejected -> assertThat(rejected.problems())
                        .containsExactly(new RegistrationProblem("name", "registration.name.too-long")));
        assertThat(registry.register(new NewPatient("김".repeat(100), "010-1234-5678", unique("l"), "1950"), "nurse").displayName()).hasSize(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "Kim\"; drop", "Lee{$gt:''}", "Park 2", "=HYPERLINK(\"x\")", "\u202E\u202E"})
    void a_name_with_markup_digits_or_nothing_visible_is_refused(String name) {
        long before = storedPatients();

        assertThatThrownBy(() -> registry.register(new NewPatient(name, "010-1234-5678", unique("n"), "1950"), "nurse"))
                .isInstanceOfSatisfying(RegistrationRejected.class, rejected -> assertThat(rejected.problems()).extracting(RegistrationProblem::field)
                        .containsExactly("name"));
        assertThat(storedPatients()).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\u202EKim Young-hee\u202C|Kim Young-hee",
            "Kim\u200B Young\u2066-hee\u2069|Kim Young-hee",
            "Kim\tYoung-hee\u0007|Kim Young-hee",
            "\u1100\u1175\u11B7 \u110B\u1167\u11BC\u1112\u1174|김 영희",
            "O\u2019Brien  Mary|O’Brien Mary"})
    void a_name_is_stored_composed_and_without_invisible_or_direction_changing_characters(String typed, String stored) {
        assertThat(registry.register(new NewPatient(typed, "010-1234-5678", unique("b"), "1950"), "nurse").displayName()).isEqualTo(stored);
    }

    @Test
    void a_hospital_number_already_registered_is_refused_in_any_spelling_and_nothing_is_stored() {
        String number = unique("dup");
        registry.register(new NewPatient("First", "010-1234-5678", number, "1950"), "nurse");
        long before = storedPatients();

        assertThatThrownBy(() -> registry.register(new NewPatient("Second", "010-2222-3333", " " + number.toLowerCase() + " ", "1960"), "nurse"))
                .isInstanceOfSatisfying(RegistrationRejected.class, rejected -> assertThat(rejected.problems())
                        .containsExactly(new RegistrationProblem("hospitalNumber", "registration.hospital-number.taken")));
        assertThat(storedPatients()).isEqualTo(before);
    }

    @Test
    void two_nurses_registering_one_hospital_number_at_once_store_one_patient() throws Exception {
        String number = unique("race");
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String name = "Race " + (char) ('A' + i);
            attempts.add(() -> {
                try {
                    registry.register(new NewPatient(name, "010-1234-5678", number, "1950"), "nurse");
                    return true;
                } catch (RegistrationRejected taken) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            long registered = 0;
            for (Future<Boolean> attempt : pool.invokeAll(attempts)) {
                registered += attempt.get() ? 1 : 0;
            }
            assertThat(registered).isEqualTo(1);
            assertThat(registry.search(number)).hasSize(1);
        } finally {
            pool.shutdown();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12", "1899", "2999", "abcd", "19 48"})
    void a_birth_year_that_is_not_four_plausible_digits_is_refused(String year) {
        assertThatThrownBy(() -> registry.register(new NewPatient("Yoon", "010-1234-5678", unique("y"), year), "nurse"))
                .isInstanceOfSatisfying(RegistrationRejected.class, rejected -> assertThat(rejected.problems())
                        .containsExactly(new RegistrationProblem("birthYear", "registration.birth-year.invalid")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A/1", "<b>", "123456789012345678901", "한글번호"})
    void a_malformed_hospital_number_is_refused(String number) {
        assertThatThrownBy(() -> registry.register(new NewPatient("Jang", "010-1234-5678", number, "1950"), "nurse"))
                .isInstanceOfSatisfying(RegistrationRejected.class, rejected -> assertThat(rejected.problems())
                        .containsExactly(new RegistrationProblem("hospitalNumber", "registration.hospital-number.invalid")));
    }

    @Test
    void a_patient_is_found_by_exact_name_phone_or_hospital_number_and_not_by_a_part() {
        String number = unique("find");
        Patient patient = registry.register(new NewPatient("Seo Min-ji", "010-4321-8765", number, "1939"), "nurse");

        assertThat(registry.search("seo  MIN-JI")).contains(patient);
        assertThat(registry.search("+82 10 4321 8765")).contains(patient);
        assertThat(registry.search("01043218765")).contains(patient);
        assertThat(registry.search(number.toLowerCase())).containsExactly(patient);
        assertThat(registry.search("Seo")).doesNotContain(patient);
        assertThat(registry.search("010-4321")).doesNotContain(patient);
    }

    @Test
    void patients_of_one_name_are_all_found_newest_first_and_told_apart() {
        String name = "Twin " + unique("").replaceAll("[^A-Z]", "");
        Patient older = registry.register(new NewPatient(name, "010-1111-0001", unique("t"), "1941"), "nurse");
        Patient newer = registry.register(new NewPatient(name, "010-1111-0002", unique("t"), "1952"), "nurse");

        assertThat(registry.search(name)).containsExactly(newer, older);
        assertThat(newer.phoneEnding()).isEqualTo("0002");
        assertThat(List.of(older.birthYear(), newer.birthYear())).containsExactly(1941, 1952);
    }

    @Test
    void pages_go_back_through_every_patient_newest_first_each_once() {
        for (int i = 0; i < 12; i++) {
            registry.register(TestPatients.newPatient("Page " + (char) ('A' + i), "010-5000-00" + (10 + i)), "nurse");
        }
        List<Patient> all = new ArrayList<>();
        OptionalLong cursor = OptionalLong.empty();
        do {
            PatientPage page = registry.page(cursor, 5);
            assertThat(page.patients().size()).isLessThanOrEqualTo(5);
            all.addAll(page.patients());
            cursor = page.olderThan();
        } while (cursor.isPresent());

        Set<PatientId> ids = new HashSet<>();
        all.forEach(patient -> assertThat(ids.add(patient.id())).as("listed once: %s", patient.id()).isTrue());
        assertThat(all).hasSize((int) storedPatients());
        assertThat(all).isSortedAccordingTo((a, b) -> b.registeredAt().compareTo(a.registeredAt()));
        assertThat(all.subList(0, 12)).extracting(Patient::displayName).containsExactly(
                "Page L", "Page K", "Page J", "Page I", "Page H", "Page G", "Page F", "Page E", "Page D", "Page C", "Page B", "Page A");
    }

    @Test
    void the_stored_record_holds_no_readable_name_phone_hospital_number_or_birth_year() {
        String number = unique("raw");
        Patient patient = registry.register(new NewPatient("Hwang Bo-ra", "010-9753-1864", number, "1937"), "nurse");

        String raw = mongo.findById(patient.id().value(), Document.class, "patients").toJson();
        String lookups = String.join("\n", mongo.findAll(Document.class, "patient_lookup").stream().map(Document::toJson).toList());
        for (String plain : List.of("Hwang", "Bo-ra", "9753", "1864", number, "1937")) {
            assertThat(raw).doesNotContain(plain);
            assertThat(lookups).doesNotContain(plain);
        }
    }

    @Test
    void pseudonyms_are_random_and_reveal_nothing() {
        Patient first = registry.register(TestPatients.newPatient("Same Name", "010-1111-2222"), "nurse");
        Patient second = registry.register(TestPatients.newPatient("Same Name", "010-1111-2222"), "nurse");

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(first.id().value()).matches("P-[2-9A-HJ-NP-Z]{10}").doesNotContain("Same");
    }

    private long storedPatients() {
        return mongo.getCollection("patients").countDocuments();
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase();
    }
}
