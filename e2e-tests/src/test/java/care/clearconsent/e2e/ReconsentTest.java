package care.clearconsent.e2e;

import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.accessibility.AuditProfile;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nurse sees who must consent again: after a minor change (a new contact) a patient's consent stands; after a
 * major change (care without AI no longer offered) the same patient shows "consent needed again".
 */
class ReconsentTest {

    @TempDir
    Path data;
    ClearConsentServer server;

    @AfterEach
    void stop() {
        Browser.close();
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void a_major_change_asks_for_consent_again_and_a_minor_one_does_not() {
        server = new ClearConsentServer(data.resolve("store")).start();
        Browser.open(1024, 768, "en");
        NurseDesk nurse = NurseDesk.signedIn(server);
        String patient = nurse.registerPatient("Yoon", "010-5555-6666");
        nurse.handOver(patient);
        PatientSteps.chooseLanguage("en");
        PatientSteps.completeJourney(ClearConsentServer.CONTENT);
        Browser.close();

        server.stop();
        server.withSetting("privacy-officer", "the privacy officer on 02-555-0100").start();
        assertThat(versionsStored()).containsExactly("1.0", "1.1");
        Browser.open(1024, 768, "en");
        nurse.signIn();
        $("#status-" + patient).shouldHave(text("agreed")).shouldHave(text("explanation version 1.0"));
        $("#consent-again-" + patient).shouldNot(exist);
        Browser.close();

        server.stop();
        server.withSetting("care-without-ai", "not-offered").start();
        assertThat(versionsStored()).containsExactly("1.0", "1.1", "2.0");
        Browser.open(1024, 768, "en");
        nurse.signIn();
        $("#consent-again-" + patient).shouldHave(text("Consent needed again")).shouldHave(text("version 2.0"));
        Browser.audit("staff workspace with consent needed again en", AuditProfile.STANDARD);
        $("#start-" + patient).shouldHave(text("Start consent"));
        Browser.close();

        Browser.open(1024, 768, "ko");
        nurse.signIn();
        $("#consent-again-" + patient).shouldHave(text("다시 동의가 필요합니다")).shouldHave(text("2.0"));
        Browser.audit("staff workspace with consent needed again ko", AuditProfile.STANDARD);
    }

    private java.util.List<String> versionsStored() {
        return server.database().getCollection("content_versions").find().sort(new Document("major", 1).append("minor", 1))
                .map(document -> document.getString("version")).into(new java.util.ArrayList<>());
    }
}
