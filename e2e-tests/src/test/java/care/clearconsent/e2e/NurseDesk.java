package care.clearconsent.e2e;

import static com.codeborne.selenide.Condition.attributeMatching;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;

/** What the nurse does in the browser: sign in, register a patient, hand the tablet over. */
final class NurseDesk {

    static final String USERNAME = "nurse";
    static final String PASSWORD = "clearconsent-demo";

    private final ClearConsentServer server;

    NurseDesk(ClearConsentServer server) {
        this.server = server;
    }

    void signIn() {
        Selenide.open(server.url("login"));
        $("#login-form").shouldBe(visible);
        $("#login-form input[name=username]").setValue(USERNAME);
        $("#login-form input[name=password]").setValue(PASSWORD);
        $("#login-form vaadin-button").click();
        $("#staff-title").shouldBe(visible);
    }

    void register(String name, String phone) {
        $("#register-name input").setValue(name);
        $("#register-phone input").setValue(phone);
        $("#register-submit").click();
    }

    /** Registers a patient and returns their pseudonym, read from the confirmation. */
    String registerPatient(String name, String phone) {
        int before = $$("#patient-list .cc-patient").size();
        register(name, phone);
        $$("#patient-list .cc-patient").shouldHave(com.codeborne.selenide.CollectionCondition.size(before + 1));
        String id = $$("#patient-list .cc-patient").first().getAttribute("id");
        return id.substring("patient-".length());
    }

    /** Starts (or resumes) the patient's journey on this tablet and returns the journey link. */
    String handOver(String patientId) {
        $("#start-" + patientId).click();
        $("main.cc-journey").shouldHave(attributeMatching("data-step", ".+"));
        return WebDriverRunner.url();
    }
}
