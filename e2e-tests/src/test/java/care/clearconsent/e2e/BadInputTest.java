package care.clearconsent.e2e;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.accessibility.AuditProfile;
import com.codeborne.selenide.Selenide;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Wrong input gets a clear message in the person's language, and nothing is stored half-way. */
class BadInputTest {

    @RegisterExtension
    static final RunningServer running = new RunningServer();
    static ClearConsentServer server;

    @BeforeAll
    static void server() {
        server = running.get();
    }

    /** After every test of the class, the server's log holds none of the names and numbers typed into it. */
    @org.junit.jupiter.api.AfterAll
    static void the_log_holds_no_personal_data() {
        server.assertLogHoldsNone("Park Ji-sung", "Choi Mi-ran", "eerg-miK", "9876-5432", "98765432", "3131-4141", "31314141", "2468-1357", "24681357");
    }

    @AfterEach
    void close_browser() {
        Browser.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ko", "en"})
    void an_empty_name_or_invalid_phone_is_refused_with_a_message_and_nothing_is_stored(String language) {
        Browser.open(1024, 768, language);
        NurseDesk nurse = NurseDesk.signedIn(server);
        long patientsBefore = Events.count(server.database(), "patients");

        nurse.register("   ", "010-1234");

        $("#register-name").shouldHave(attribute("invalid"));
        $("#register-phone").shouldHave(attribute("invalid"));
        $("#register-name [slot=error-message]").shouldHave(text(language.equals("ko") ? "환자 이름을 입력해 주세요." : "Please enter the patient's name."));
        $("#register-phone [slot=error-message]").shouldHave(text(language.equals("ko") ? "올바른 휴대전화 번호가 아닙니다" : "This is not a valid mobile number"));
        Browser.audit("registration errors " + language, AuditProfile.STANDARD);
        assertThat(Events.count(server.database(), "patients")).isEqualTo(patientsBefore);

        for (String notMobile : List.of("02-123-4567", "hello", "+1 555 0100")) {
            nurse.register("Park", notMobile);
            $("#register-phone").shouldHave(attribute("invalid"));
        }
        assertThat(Events.count(server.database(), "patients")).isEqualTo(patientsBefore);

        nurse.register("Park Ji-sung", "+82 10-9876-5432", "BAD-" + language + System.nanoTime() % 100_000, "1946");
        $("#register-result").shouldHave(text("Park Ji-sung"));
        assertThat(Events.count(server.database(), "patients")).isEqualTo(patientsBefore + 1);
        String stored = server.database().getCollection("patients").find().into(new java.util.ArrayList<>()).toString();
        assertThat(stored).doesNotContain("Park").doesNotContain("9876").doesNotContain("5432");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ko", "en"})
    void a_taken_hospital_number_a_script_or_an_unreadable_birth_year_is_refused_with_a_message_and_nothing_is_stored(String language) {
        Browser.open(1024, 768, language);
        NurseDesk nurse = NurseDesk.signedIn(server);
        String number = "DUP-" + language + System.nanoTime() % 1_000_000;
        nurse.register("Choi Mi-ran", "010-3131-4141", number, "1944");
        $("#register-result").shouldHave(text("Choi Mi-ran"));
        long patientsBefore = Events.count(server.database(), "patients");

        nurse.register("Choi Mi-ran", "010-3131-4141", number.toLowerCase(), "1944");
        $("#register-hospital-number [slot=error-message]").shouldHave(text(language.equals("ko") ? "이 등록번호의 환자가 이미 있습니다" : "already registered"));
        nurse.register("<img src=x onerror=alert(1)>", "010-3131-4141", number + "X", "44");
        $("#register-name [slot=error-message]").shouldHave(text(language.equals("ko") ? "이름에는 글자, 띄어쓰기" : "A name can have letters"));
        $("#register-birth-year [slot=error-message]").shouldHave(text(language.equals("ko") ? "네 자리 숫자" : "four digits"));
        Browser.audit("registration refusals " + language, AuditProfile.STANDARD);
        assertThat(Events.count(server.database(), "patients")).isEqualTo(patientsBefore);

        // A right-to-left override cannot make a name read backwards on the nurse's list: it is removed.
        nurse.register("\u202Eeerg-miK", "010-3131-4242", number + "B", "1951");
        $("#register-result").shouldHave(text("eerg-miK"));
        $$("#patient-list .cc-patient-name").first().shouldHave(exactText("eerg-miK"));
        assertThat($$("#patient-list .cc-patient-name").first().getText()).doesNotContain("\u202E");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ko", "en"})
    void the_nurse_finds_a_patient_by_hospital_number_phone_or_whole_name_and_two_of_one_name_are_told_apart(String language) {
        Browser.open(1024, 768, language);
        NurseDesk nurse = NurseDesk.signedIn(server);
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        String name = (language.equals("ko") ? "한동명" : "Han Same") + " " + suffix.chars().mapToObj(digit -> String.valueOf((char) ('a' + digit - '0'))).collect(java.util.stream.Collectors.joining());
        String phonePrefix = language.equals("ko") ? "010-2468-" : "010-2469-";
        String first = nurse.registerPatient(name, phonePrefix + "1357", "FIND-" + suffix, "1941");
        String second = nurse.registerPatient(name, phonePrefix + "9753", "FIND-" + suffix + "B", "1953");

        nurse.search("find-" + suffix);
        $$("#patient-list .cc-patient").shouldHave(com.codeborne.selenide.CollectionCondition.size(1));
        $("#patient-" + first).shouldBe(com.codeborne.selenide.Condition.visible);

        nurse.search(name.toLowerCase());
        $$("#patient-list .cc-patient").shouldHave(com.codeborne.selenide.CollectionCondition.size(2));
        $("#identity-" + first).shouldHave(text("1941")).shouldHave(text("1357"));
        $("#identity-" + second).shouldHave(text("1953")).shouldHave(text("9753"));
        Browser.audit("patient search " + language, AuditProfile.STANDARD);

        nurse.search(phonePrefix.replace('-', ' ') + "9753");
        $$("#patient-list .cc-patient").shouldHave(com.codeborne.selenide.CollectionCondition.size(1));
        $("#patient-" + second).shouldBe(com.codeborne.selenide.Condition.visible);

        nurse.search(name.substring(0, 2));
        $$("#patient-list .cc-patient").shouldHave(com.codeborne.selenide.CollectionCondition.size(0));
        $("#patient-search-result").shouldHave(text(language.equals("ko") ? "찾은 환자가 없습니다" : "No patient found"));
        $("#patients-newest").click();
        $$("#patient-list .cc-patient").first().shouldHave(com.codeborne.selenide.Condition.id("patient-" + second));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "not-a-token",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "%3Cscript%3Ealert(1)%3C%20script%3E"})
    void a_made_up_journey_link_shows_a_polite_page_and_stores_nothing(String token) {
        Browser.open(1024, 768, "ko");
        long events = Events.count(server.database(), "consent_events");

        Selenide.open(server.url("journey/" + token));

        $("#message-title").shouldHave(text("더 이상 사용할 수 없는 링크입니다"));
        $("body").shouldNotHave(text("Exception"));
        Browser.audit("invalid link ko", AuditProfile.STANDARD);
        assertThat(Events.count(server.database(), "consent_events")).isEqualTo(events);
    }

    @Test
    void a_tampered_journey_link_is_not_valid_stores_nothing_and_leaves_the_browser_holding_nothing() {
        Browser.open(1280, 800, "en");
        NurseDesk nurse = NurseDesk.signedIn(server);
        String patient = nurse.registerPatient("Choi", "010-5555-1212");
        String link = nurse.handOver(patient);
        PatientSteps.awaitStep("welcome");
        long events = Events.count(server.database(), "consent_events");
        char last = link.charAt(link.length() - 1);
        String tampered = link.substring(0, link.length() - 1) + (last == 'A' ? 'B' : 'A');

        Selenide.open(tampered);

        $("#message-title").shouldHave(text("This link is not valid any more"));
        Browser.audit("invalid link en", AuditProfile.STANDARD);
        assertThat(Events.count(server.database(), "consent_events")).isEqualTo(events);
        // Whoever tries links on a shared tablet ends its hold on the journey: the nurse hands over again.
        Selenide.open(server.url("journey"));
        $("#message-title").shouldHave(text("This link is not valid any more"));
        nurse.signIn();
        nurse.handOver(patient);
        PatientSteps.awaitStep("welcome");
    }

    @Test
    void a_listening_report_with_an_unknown_action_is_dropped_and_the_journey_goes_on() {
        Browser.open(1024, 768, "en");
        NurseDesk nurse = NurseDesk.signedIn(server);
        String patient = nurse.registerPatient("Heo", "010-2323-4545");
        nurse.handOver(patient);
        PatientSteps.awaitStep("welcome");
        PatientSteps.toggle("display-voice");
        $("#speech-player").should(com.codeborne.selenide.Condition.exist);
        long events = Events.count(server.database(), "consent_events");

        Selenide.executeJavaScript("document.querySelector('#speech-player').dispatchEvent(new CustomEvent('speech-listened', "
                + "{detail: {action: 'DELETE_EVERYTHING', position: 1, share: 0.5}}))");

        $("#welcome-start").click();
        PatientSteps.awaitStep("section:" + ClearConsentServer.CONTENT.sections().getFirst().id());
        $("body").shouldNotHave(text("Exception"));
        // Only the step shown was stored (and any genuine report of the real player), never the forged action.
        assertThat(Events.ofJourney(server.database(), Events.journeyIdOfPatient(server.database(), patient)).stream()
                .map(e -> Events.fact(e).toJson())).noneMatch(json -> json.contains("DELETE_EVERYTHING"));
        assertThat(Events.count(server.database(), "consent_events")).isGreaterThan(events);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ko, 없는 페이지입니다", "en, This page does not exist"})
    void an_unknown_address_sends_strangers_to_sign_in_and_shows_staff_a_polite_not_found_page(String language, String title) throws Exception {
        HttpURLConnection anonymous = (HttpURLConnection) URI.create(server.url("no-such-page")).toURL().openConnection();
        anonymous.setInstanceFollowRedirects(false);
        assertThat(anonymous.getResponseCode()).isEqualTo(302);
        assertThat(anonymous.getHeaderField("Location")).endsWith("/login");

        Browser.open(1024, 768, language);
        new NurseDesk(server).signIn();
        Selenide.open(server.url("no-such-page"));
        $("#message-title").shouldBe(visible).shouldHave(text(title));
        Browser.audit("not found " + language, AuditProfile.STANDARD);
    }
}
