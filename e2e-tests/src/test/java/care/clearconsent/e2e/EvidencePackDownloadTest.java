package care.clearconsent.e2e;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.accessibility.AuditProfile;
import com.codeborne.selenide.Selenide;
import com.mongodb.client.model.Filters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The institution proves a consent: an administrator picks the journey, says why, downloads its evidence pack, and the
 * pack passes the offline verifier shipped in the production jar; one changed byte makes it fail, naming the file.
 * The download is recorded in the journey's own chain.
 */
class EvidencePackDownloadTest {

    @Test
    void an_administrator_downloads_a_pack_that_the_offline_verifier_accepts() throws Exception {
        Path data = Files.createTempDirectory("clearconsent-pack");
        ClearConsentServer server = new ClearConsentServer(data).start();
        Browser.open(1280, 800, "ko");
        Path pack = data.resolve("pack.zip");
        String key;
        String journeyId;
        try {
            NurseDesk nurse = NurseDesk.signedIn(server);
            String patient = nurse.patientWhoAgreed("증거 김", "010-4545-6767", "ko");
            journeyId = Events.journeyIdOfPatient(server.database(), patient);

            nurse.signInAs(ClearConsentServer.ADMIN_USERNAME, ClearConsentServer.ADMIN_PASSWORD);
            $("#staff-title").shouldBe(visible);
            $("#nav-staff-evidence").click();
            $("#staff-title").shouldHave(text("동의 증거"));
            Browser.audit("evidence page (ko)", AuditProfile.STANDARD);

            $("#evidence-prepare").click();
            $("#evidence-result [role=alert]").shouldHave(text("먼저 목록에서"));
            $("#evidence-choose-" + journeyId).click();
            $("#evidence-chosen").shouldHave(text(journeyId));
            $("#evidence-prepare").click();
            $("#evidence-reason").shouldHave(attribute("invalid"));
            assertThat(server.database().getCollection("consent_events").countDocuments(Filters.eq("actorKind", "STAFF")))
                    .as("nothing recorded without a reason").isZero();
            Browser.audit("evidence page, reason missing (ko)", AuditProfile.STANDARD);

            $$radio("#evidence-reason", "내부 감사").click();
            $("#evidence-prepare").click();
            $("#evidence-download").shouldBe(visible);
            Browser.audit("evidence pack ready (ko)", AuditProfile.STANDARD);
            key = $("#evidence-verifier-key").getText().strip();
            Files.write(pack, download($("#evidence-download").getAttribute("href")));

            // The record on screen: nothing is shown until the reason is given, and the opening is recorded.
            $("#evidence-record-" + journeyId).click();
            $("#record-ask").shouldBe(visible);
            Browser.audit("consent record, reason asked (ko)", AuditProfile.STANDARD);
            $("#record-open").click();
            $("#record-reason").shouldHave(attribute("invalid"));
            $("#record").shouldNot(com.codeborne.selenide.Condition.exist);
            $$radio("#record-reason", "민원에").click();
            $("#record-open").click();
            $("#record-sections").shouldBe(visible);
            $("#record-access").shouldHave(text("journey-record"));
            Browser.audit("consent record (ko)", AuditProfile.STANDARD);
        } finally {
            Browser.close();
        }
        try {
            Document access = server.database().getCollection("consent_events").find(Filters.and(Filters.eq("journeyId", journeyId),
                    Filters.eq("actorKind", "STAFF"))).first();
            assertThat(access).isNotNull();
            assertThat(access.getString("actorId")).isEqualTo(ClearConsentServer.ADMIN_USERNAME);
            assertThat(access.get("fact", Document.class).getString("reason")).isEqualTo("internal-audit");
            Document viewed = server.database().getCollection("consent_events").find(Filters.and(Filters.eq("journeyId", journeyId),
                    Filters.eq("fact.what", "journey-record"))).first();
            assertThat(viewed).as("opening the record on screen is recorded").isNotNull();
            assertThat(viewed.get("fact", Document.class).getString("reason")).isEqualTo("complaint");

            ClearConsentServer.VerifierRun good = server.verifyPack(pack, key, "ko");
            assertThat(good.output()).contains("증거 묶음에 이상이 없습니다");
            assertThat(good.exitCode()).isZero();

            byte[] changed = Files.readAllBytes(pack);
            int pdfStart = indexOf(changed, "consent-record.pdf".getBytes()) + 200;
            changed[pdfStart] ^= 0x01;
            Path tampered = Files.write(data.resolve("tampered.zip"), changed);
            ClearConsentServer.VerifierRun bad = server.verifyPack(tampered, key, "en");
            assertThat(bad.output()).contains("consent-record.pdf").contains("does NOT hold");
            assertThat(bad.exitCode()).isEqualTo(1);
        } finally {
            server.stop();
        }
    }

    @Test
    void the_evidence_page_is_accessible_in_english_too() throws Exception {
        ClearConsentServer server = new ClearConsentServer(Files.createTempDirectory("clearconsent-pack-en")).start();
        Browser.open(1280, 800, "en");
        try {
            new NurseDesk(server).signInAs(ClearConsentServer.ADMIN_USERNAME, ClearConsentServer.ADMIN_PASSWORD);
            $("#staff-title").shouldBe(visible);
            Selenide.open(server.url("staff/evidence"));
            $("#staff-title").shouldHave(text("Consent evidence"));
            $("#evidence-prepare").click();
            $("#evidence-result [role=alert]").shouldHave(text("choose a journey"));
            Browser.audit("evidence page (en)", AuditProfile.STANDARD);
        } finally {
            Browser.close();
            server.stop();
        }
    }

    private static com.codeborne.selenide.SelenideElement $$radio(String group, String label) {
        return com.codeborne.selenide.Selenide.$$(group + " vaadin-radio-button").findBy(text(label));
    }

    /** Fetches the download in the page, with the browser's session, and hands back its bytes. */
    private static byte[] download(String href) {
        Object base64 = Selenide.executeAsyncJavaScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer()).then(buffer => {
                  let binary = ''; const bytes = new Uint8Array(buffer);
                  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
                  done(btoa(binary));
                }).catch(e => done('ERROR ' + e));""", href);
        assertThat(String.valueOf(base64)).doesNotStartWith("ERROR");
        byte[] zip = Base64.getDecoder().decode(String.valueOf(base64));
        assertThat(new String(zip, 0, 2)).isEqualTo("PK");
        return zip;
    }

    private static int indexOf(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i <= data.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
