package care.clearconsent.e2e;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.hidden;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.accessibility.AuditProfile;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chromium.HasCdp;

/**
 * A patient who cannot draw confirms with the nurse watching: the record names the form and the witness, and so does
 * the receipt, which prints for the patient to take home. Back on the receipt stays with the patient.
 */
class SignatureFormsTest {

    @RegisterExtension
    static final RunningServer running = new RunningServer();

    @Test
    void a_witnessed_confirmation_is_stored_with_its_witness_shown_on_the_receipt_and_printable() {
        Browser.open(1024, 768, "ko");
        try {
            NurseDesk nurse = NurseDesk.signedIn(running.get());
            String patient = nurse.registerPatient("Witnessed Lee", "010-4444-3434");
            nurse.handOver(patient);
            PatientSteps.walkToSignature(ClearConsentServer.CONTENT);

            // An empty typed name is answered at the field, in the patient's language.
            PatientSteps.choose("signature-how", 1);
            $("#signature-typed-name").shouldBe(visible);
            $("#signature-drawing").shouldBe(hidden);
            $("#signature-submit").click();
            $("#signature-typed-name").shouldHave(attribute("invalid"));
            $("#signature-typed-name").shouldHave(text("성함을 입력해 주세요."));
            Browser.audit("signature: typed name missing ko", AuditProfile.STANDARD);

            PatientSteps.choose("signature-how", 2);
            $("#signature-witness").shouldBe(visible).shouldHave(text("nurse"));
            $("#signature-submit").shouldHave(text("확인"));
            Browser.audit("signature: witnessed confirmation ko", AuditProfile.STANDARD);
            $("#signature-submit").click();
            PatientSteps.awaitStep("receipt");
            $("#receipt-signed-how").shouldHave(text("nurse")).shouldHave(text("확인"));

            String journeyId = Events.journeyIdOfPatient(running.get().database(), patient);
            List<Document> signed = Events.ofType(Events.ofJourney(running.get().database(), journeyId), "Signed");
            assertThat(signed).hasSize(1);
            Document fact = Events.fact(signed.getFirst());
            assertThat(fact.getString("form")).isEqualTo("WITNESSED");
            assertThat(fact.getString("witness")).isEqualTo("nurse");
            assertThat(fact.getString("imagePngBase64")).isEmpty();

            printsForThePatient();
            backStaysWithThePatient();
        } finally {
            Browser.close();
        }
    }

    /** The print button prints; on paper the receipt is large type without the tablet's buttons and switches. */
    private void printsForThePatient() {
        Selenide.executeJavaScript("window.__printed = 0; window.print = () => { window.__printed++; };");
        $("#receipt-print").click();
        Selenide.Wait().until(driver -> Long.valueOf(1).equals(Selenide.executeJavaScript("return window.__printed")));

        HasCdp cdp = (HasCdp) WebDriverRunner.getWebDriver();
        cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            $(".cc-display-bar").shouldBe(hidden);
            $("#receipt-print").shouldBe(hidden);
            $("#receipt-give-back").shouldBe(hidden);
            $("#receipt-decision").shouldBe(visible);
            $("#receipt-signed-how").shouldBe(visible);
            String size = $("#receipt-decision").getCssValue("font-size");
            assertThat(Double.parseDouble(size.replace("px", ""))).as("printed text size").isGreaterThanOrEqualTo(20.0);
        } finally {
            cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /** Back from the receipt before the tablet is given back: the receipt again, in Korean, never a staff page. */
    private void backStaysWithThePatient() {
        Selenide.back();
        PatientSteps.awaitStep("receipt");
        $("html").shouldHave(attribute("lang", "ko"));
        $("#login-form").shouldNot(com.codeborne.selenide.Condition.exist);
    }
}
