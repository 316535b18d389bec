package care.clearconsent.e2e;

import static com.codeborne.selenide.Condition.attributeMatching;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

import com.codeborne.selenide.Selenide;

/** What the nurse does in the browser: sign in, register a patient, hand the tablet over. */
final class NurseDesk {

    static final String USERNAME = "nurse";
    /** The demo nurse of the demo profile the test server runs with. */
    static final String PASSWORD = "clearconsent-demo";

    private final ClearConsentServer server;

    NurseDesk(ClearConsentServer server) {
        this.server = server;
    }

    /** A nurse signed in on the browser just opened. */
    static NurseDesk signedIn(ClearConsentServer server) {
        NurseDesk desk = new NurseDesk(server);
        desk.signIn();
        return desk;
    }

    void signIn() {
        signInAs(USERNAME, PASSWORD);
        $("#staff-title").shouldBe(visible);
    }

    /** Fills in and sends the sign-in form; what follows is the caller's to check. */
    void signInAs(String username, String password) {
        Selenide.open(server.url("login"));
        $("#login-form").shouldBe(visible);
        $("#login-form input[name=username]").setValue(username);
        $("#login-form input[name=password]").setValue(password);
        $("#login-form vaadin-button").click();
    }

    private static final java.util.concurrent.atomic.AtomicLong HOSPITAL_NUMBERS = new java.util.concurrent.atomic.AtomicLong(System.currentTimeMillis() % 100_000_000L);

    /** Registers with a hospital number no other patient has and a birth year of 1948. */
    void register(String name, String phone) {
        register(name, phone, "E2E-" + HOSPITAL_NUMBERS.incrementAndGet(), "1948");
    }

    void register(String name, String phone, String hospitalNumber, String birthYear) {
        $("#register-name input").setValue(name);
        $("#register-phone input").setValue(phone);
        $("#register-hospital-number input").setValue(hospitalNumber);
        $("#register-birth-year input").setValue(birthYear);
        $("#register-submit").click();
    }

    /** Registers a patient and returns their pseudonym, read from the confirmation. */
    String registerPatient(String name, String phone) {
        return registerPatient(name, phone, "E2E-" + HOSPITAL_NUMBERS.incrementAndGet(), "1948");
    }

    String registerPatient(String name, String phone, String hospitalNumber, String birthYear) {
        String before = $("#register-result").getText();
        register(name, phone, hospitalNumber, birthYear);
        // The confirmation names the new pseudonym; wait for it to replace the previous one.
        java.util.regex.Pattern pseudonym = java.util.regex.Pattern.compile("P-[2-9A-HJ-NP-Z]{10}");
        Selenide.Wait().until(driver -> {
            String shown = $("#register-result").getText();
            return !shown.equals(before) && pseudonym.matcher(shown).find();
        });
        java.util.regex.Matcher id = pseudonym.matcher($("#register-result").getText());
        id.find();
        $("#patient-" + id.group()).shouldBe(visible);
        return id.group();
    }

    /**
     * Registers a patient, hands the tablet over, and the patient goes through the whole journey in the language given,
     * agrees, signs and gives the tablet back; returns the patient's pseudonym. The nurse is signed out afterwards.
     */
    String patientWhoAgreed(String name, String phone, String language) {
        String patient = registerPatient(name, phone);
        handOver(patient);
        PatientSteps.chooseLanguage(language);
        PatientSteps.completeJourney(ClearConsentServer.CONTENT);
        $("#receipt-give-back").click();
        return patient;
    }

    /** Finds patients as the nurse types it into the search field; the list then shows what was found. */
    void search(String typed) {
        $("#patient-search input").setValue(typed);
        $("#patient-search-submit").click();
        $("#patient-search-result").shouldNotBe(com.codeborne.selenide.Condition.empty);
    }

    /** Starts (or resumes) the patient's journey on this tablet and returns the journey link it opened. */
    String handOver(String patientId) {
        String link = issueLink(patientId);
        Selenide.open(link);
        $("main.cc-journey").shouldHave(attributeMatching("data-step", ".+"));
        return link;
    }

    /**
     * Presses "Start" (or "Resume") but keeps the browser from following the link, as if the tablet had not opened it
     * yet: the page's navigation is caught and the link returned. The nurse is signed out all the same.
     */
    String issueLink(String patientId) {
        Selenide.executeJavaScript("window.__link = null; window.open = (url) => { window.__link = url; return null; };");
        $("#start-" + patientId).click();
        Selenide.Wait().until(driver -> Selenide.executeJavaScript("return window.__link") != null);
        String link = Selenide.executeJavaScript("return new URL(window.__link, document.baseURI).href");
        return link;
    }
}
