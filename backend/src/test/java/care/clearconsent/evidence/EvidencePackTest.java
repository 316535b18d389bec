package care.clearconsent.evidence;

import care.clearconsent.patients.TestPatients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.clearconsent.consent.Actor;
import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.JourneyFact;
import care.clearconsent.consent.JourneyId;
import care.clearconsent.consent.JourneyRejected;
import care.clearconsent.consent.JourneyWalk;
import care.clearconsent.consent.Origin;
import care.clearconsent.consent.Step;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The evidence pack proves a journey to someone who has only the pack and the institution's public key: it passes the
 * offline verifier as built, and any changed byte or swapped-in event makes the verifier fail, naming the file.
 */
// A log of its own: other test classes change stored events on purpose.
@SpringBootTest(properties = "clearconsent.evidence.log-name=pack.test/consent-log")
public class EvidencePackTest {

    @Autowired
    EvidencePacks packs;
    @Autowired
    Checkpoints checkpoints;
    @Autowired
    ConsentJourneys journeys;
    @Autowired
    PatientRegistry patients;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @TempDir
    Path folder;

    @Test
    void a_pack_as_built_passes_the_offline_verifier_and_records_who_asked_and_why() throws IOException {
        JourneyId journey = signedJourney("Pack Kim", "010-7100-0001");

        EvidencePacks.Pack pack = packs.build(journey, "compliance.lee", "desk-7", "patient-request");

        PackVerifier.Result result = PackVerifier.verify(pack.zip(), checkpoints.verifierKey());
        assertThat(result.problems()).as("problems").isEmpty();
        assertThat(result.holds()).isTrue();
        assertThat(unzip(pack.zip())).containsKeys("manifest.json", "manifest.sig", "consent-record.pdf", "consent.json",
                "consent.fhir.json", "events.json", "proofs.json", "signature.png", "README.txt");
        var access = journeys.events(journey).getLast();
        assertThat(access.actor()).isEqualTo(Actor.staff("compliance.lee"));
        assertThat(access.fact()).isEqualTo(new JourneyFact.RecordAccessed(EvidencePacks.ACCESS_WHAT, "patient-request"));
        String facts = new String(unzip(pack.zip()).get("consent.json"), StandardCharsets.UTF_8);
        assertThat(facts).contains("compliance.lee", "patient-request", "\"decision\" : \"AGREE\"", "Pack Kim");
    }

    @Test
    void changing_one_byte_of_any_file_makes_the_verifier_fail_naming_that_file() throws IOException {
        EvidencePacks.Pack pack = packs.build(signedJourney("Pack Park", "010-7100-0002"), "compliance.lee", "desk-7", "internal-audit");
        Map<String, byte[]> files = unzip(pack.zip());

        for (String name : files.keySet()) {
            Map<String, byte[]> changed = new LinkedHashMap<>(files);
            byte[] content = changed.get(name).clone();
            content[content.length / 2] ^= 0x01;
            changed.put(name, content);

            PackVerifier.Result result = PackVerifier.verify(zip(changed), checkpoints.verifierKey());

            assertThat(result.holds()).as(name).isFalse();
            assertThat(result.problems()).as(name).anyMatch(problem -> problem.describe(Locale.ENGLISH).contains(name)
                    && problem.describe(Locale.KOREAN).contains(name));
        }
    }

    @Test
    void a_byte_changed_in_the_zip_itself_names_the_damaged_file() throws IOException {
        byte[] zip = packs.build(signedJourney("Pack Oh", "010-7100-0009"), "compliance.lee", "desk-7", "internal-audit").zip().clone();
        byte[] name = "consent-record.pdf".getBytes(StandardCharsets.UTF_8);
        int at = indexOf(zip, name) + name.length + 300;
        zip[at] ^= 0x01;

        PackVerifier.Result result = PackVerifier.verify(zip, checkpoints.verifierKey());

        assertThat(result.holds()).isFalse();
        assertThat(result.problems()).anyMatch(problem -> problem.describe(Locale.ENGLISH).contains("consent-record.pdf"));
    }

    static int indexOf(byte[] data, byte[] part) {
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

    @Test
    void another_journeys_events_swapped_in_make_the_verifier_fail_naming_the_events_file() throws IOException {
        Map<String, byte[]> first = unzip(packs.build(signedJourney("Pack Choi", "010-7100-0003"), "compliance.lee", "desk-7", "internal-audit").zip());
        Map<String, byte[]> second = unzip(packs.build(signedJourney("Pack Jung", "010-7100-0004"), "compliance.lee", "desk-7", "internal-audit").zip());

        Map<String, byte[]> swapped = new LinkedHashMap<>(first);
        swapped.put("events.json", second.get("events.json"));
        PackVerifier.Result result = PackVerifier.verify(zip(swapped), checkpoints.verifierKey());

        assertThat(result.holds()).isFalse();
        assertThat(result.problems()).anyMatch(problem -> problem.describe(Locale.ENGLISH).contains("events.json was changed"));
        assertThat(result.problems()).anyMatch(problem -> problem.key().equals("event.other-journey"));
    }

    @Test
    void a_manifest_rewritten_to_match_changed_files_fails_on_its_signature() throws IOException {
        Map<String, byte[]> files = unzip(packs.build(signedJourney("Pack Han", "010-7100-0005"), "compliance.lee", "desk-7", "internal-audit").zip());
        String manifest = new String(files.get("manifest.json"), StandardCharsets.UTF_8);
        files.put("consent.json", "{\"forged\":true}".getBytes(StandardCharsets.UTF_8));
        String forgedHash = Sha256.hex(files.get("consent.json"));
        files.put("manifest.json", manifest.replaceAll("(\"consent.json\":\")[0-9a-f]{64}", "$1" + forgedHash).getBytes(StandardCharsets.UTF_8));

        PackVerifier.Result result = PackVerifier.verify(zip(files), checkpoints.verifierKey());

        assertThat(result.problems()).extracting(PackVerifier.Finding::key).containsExactly("manifest.signature.other");
    }

    @Test
    void another_institutions_key_does_not_verify_the_pack() {
        EvidencePacks.Pack pack = packs.build(signedJourney("Pack Yoon", "010-7100-0006"), "compliance.lee", "desk-7", "internal-audit");
        String otherKey = SignedNote.verifierKey("other.example/consent-log", new byte[32]);

        PackVerifier.Result result = PackVerifier.verify(pack.zip(), otherKey);

        assertThat(result.holds()).isFalse();
        assertThat(result.problems()).extracting(PackVerifier.Finding::key).contains("manifest.signature.invalid", "checkpoint.signature.invalid");
    }

    @Test
    void the_command_line_verifier_says_in_korean_and_english_what_holds_and_what_does_not() throws IOException {
        EvidencePacks.Pack pack = packs.build(signedJourney("Pack Lim", "010-7100-0007"), "compliance.lee", "desk-7", "legal-request");
        Path good = Files.write(folder.resolve("good.zip"), pack.zip());
        Map<String, byte[]> files = unzip(pack.zip());
        files.get("consent-record.pdf")[100] ^= 0x01;
        Path bad = Files.write(folder.resolve("bad.zip"), zip(files));
        Path key = Files.writeString(folder.resolve("institution.vkey"), checkpoints.verifierKey() + "\n");

        var korean = new ByteArrayOutputStream();
        int goodExit = PackVerifierCommand.run(new String[] {good.toString(), "--key-file", key.toString(), "--lang", "ko"},
                new java.io.PrintStream(korean, true, StandardCharsets.UTF_8));
        var english = new ByteArrayOutputStream();
        int badExit = PackVerifierCommand.run(new String[] {bad.toString(), "--key", checkpoints.verifierKey(), "--lang", "en"},
                new java.io.PrintStream(english, true, StandardCharsets.UTF_8));
        int usageExit = PackVerifierCommand.run(new String[] {good.toString()}, new java.io.PrintStream(new ByteArrayOutputStream()));

        assertThat(goodExit).isZero();
        assertThat(korean.toString(StandardCharsets.UTF_8)).contains("증거 묶음에 이상이 없습니다", "이상 없음: 사건");
        assertThat(badExit).isEqualTo(1);
        assertThat(english.toString(StandardCharsets.UTF_8)).contains("consent-record.pdf was changed", "does NOT hold");
        assertThat(usageExit).isEqualTo(2);
    }

    @Test
    void personal_data_stays_out_of_the_chain_and_the_pack_proves_the_image_is_the_one_committed() throws IOException {
        JourneyId journey = signedJourney("Pack Baek", "010-7100-0010");
        org.bson.Document stored = mongo.findOne(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("journeyId").is(journey.value()).and("factType").is("Signed")),
                org.bson.Document.class, "consent_events");
        org.bson.Document fact = stored.get("fact", org.bson.Document.class);
        assertThat(fact.getString("imagePngBase64")).isEmpty();
        assertThat(fact.getString("personalCommitment")).hasSize(64);
        assertThat(journeys.find(journey).orElseThrow().state().signature().orElseThrow().imagePngBase64()).as("read back").isNotEmpty();

        Map<String, byte[]> files = unzip(packs.build(journey, "compliance.lee", "desk-7", "internal-audit").zip());
        assertThat(files).containsKey("personal-data.json");
        assertThat(PackVerifier.verify(zip(files), checkpoints.verifierKey()).findings())
                .anyMatch(finding -> finding.holds() && finding.key().equals("signature.committed"));

        // Even the institution, re-signing the manifest with its own key, cannot swap in another signature image.
        byte[] original = files.get("signature.png");
        files.put("signature.png", java.util.Arrays.copyOf(original, original.length + 1));
        resign(files, journey);
        PackVerifier.Result result = PackVerifier.verify(zip(files), checkpoints.verifierKey());
        assertThat(result.problems()).extracting(PackVerifier.Finding::key).containsExactly("signature.uncommitted");
    }

    @Test
    void erasing_personal_data_keeps_the_chain_the_log_and_a_new_pack_verifying() throws IOException {
        JourneyId journey = signedJourney("Pack Moon", "010-7100-0011");

        assertThat(journeys.erasePersonalData(journey, "privacy.officer", "desk-7")).isTrue();

        assertThat(journeys.find(journey).orElseThrow().state().signature().orElseThrow().personalDataErased()).isTrue();
        assertThat(journeys.verifyChain(journey)).isTrue();
        assertThat(journeys.erasePersonalData(journey, "privacy.officer", "desk-7")).as("nothing left to erase").isFalse();
        Map<String, byte[]> files = unzip(packs.build(journey, "compliance.lee", "desk-7", "internal-audit").zip());
        assertThat(files).doesNotContainKeys("signature.png", "personal-data.json");
        assertThat(PackVerifier.verify(zip(files), checkpoints.verifierKey()).problems()).isEmpty();
        assertThat(new String(files.get("consent.json"), StandardCharsets.UTF_8)).contains("\"imageFile\" : null", "\"imageSha256\" : null");
    }

    /** Re-signs a changed pack's manifest with the institution's own key, as only an insider could. */
    private void resign(Map<String, byte[]> files, JourneyId journey) {
        String manifest = new String(files.get("manifest.json"), StandardCharsets.UTF_8);
        for (var file : files.entrySet()) {
            manifest = manifest.replaceAll("(\"" + java.util.regex.Pattern.quote(file.getKey()) + "\":\")[0-9a-f]{64}", "$1" + Sha256.hex(file.getValue()));
        }
        files.put("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
        files.put("manifest.sig", checkpoints.signStatement(EvidencePacks.statement(checkpoints.logName(), journey.value(),
                files.get("manifest.json"))).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void each_ai_system_accepted_or_declined_and_the_first_try_results_are_in_the_pack() throws IOException {
        Patient patient = patients.register(TestPatients.newPatient("Pack Moon", "010-7100-0021"), "nurse");
        JourneyId journey = journeys.start(patient.id(), "nurse", "desk").id();
        JourneyWalk.agreeAndSign(journeys, journey, new Origin(Actor.patient(patient.id().value()), "web-tablet"), false,
                Map.of("ai-chest-xray", true, "ai-early-warning", true, "ai-note-drafting", false));

        Map<String, byte[]> files = unzip(packs.build(journey, "compliance.lee", "desk-7", "internal-audit").zip());

        assertThat(PackVerifier.verify(zip(files), checkpoints.verifierKey()).problems()).isEmpty();
        String facts = new String(files.get("consent.json"), StandardCharsets.UTF_8);
        assertThat(facts).containsSubsequence("\"aiSystems\"", "\"id\" : \"ai-chest-xray\"", "\"used\" : true",
                "\"id\" : \"ai-note-drafting\"", "\"used\" : false").contains("\"firstTryCorrect\" : true");
        String fhir = new String(files.get("consent.fhir.json"), StandardCharsets.UTF_8);
        assertThat(fhir).containsSubsequence("\"type\": \"deny\"", "\"code\": \"ai-note-drafting\"");
        assertThat(new String(files.get("events.json"), StandardCharsets.UTF_8)).contains("AiSystemChosen");
    }

    @Test
    void a_withdrawal_appears_in_every_file_of_the_pack_and_the_fhir_consent_is_inactive() throws IOException {
        JourneyId journey = signedJourney("Pack Kang", "010-7100-0012");
        journeys.withdraw(journey, new Origin(Actor.nurse("nurse"), "desk"), care.clearconsent.consent.WithdrawalScope.ALL, null,
                "Patient asked by phone");

        Map<String, byte[]> files = unzip(packs.build(journey, "compliance.lee", "desk-7", "internal-audit").zip());

        assertThat(PackVerifier.verify(zip(files), checkpoints.verifierKey()).problems()).isEmpty();
        assertThat(new String(files.get("consent.json"), StandardCharsets.UTF_8)).contains("\"status\" : \"WITHDRAWN\"", "Patient asked by phone");
        assertThat(new String(files.get("events.json"), StandardCharsets.UTF_8)).as("the free-text reason stays out of the chain")
                .doesNotContain("Patient asked by phone");
        assertThat(new String(files.get("personal-data.json"), StandardCharsets.UTF_8)).contains("Patient asked by phone");
        assertThat(new String(files.get("consent.fhir.json"), StandardCharsets.UTF_8)).contains("\"status\": \"inactive\"");
        assertThat(new String(files.get("events.json"), StandardCharsets.UTF_8)).contains("ConsentWithdrawn");
    }

    @Test
    void opening_a_record_on_screen_is_recorded_with_who_and_why_before_it_is_shown() {
        JourneyId journey = signedJourney("Pack Shin", "010-7100-0013");

        PackFacts facts = packs.openRecord(journey, "nurse.kim", "desk-3", "care");

        assertThat(facts.accessHistory()).singleElement().satisfies(access -> {
            assertThat(access.who()).isEqualTo("nurse.kim");
            assertThat(access.what()).isEqualTo(EvidencePacks.RECORD_VIEWED);
            assertThat(access.reason()).isEqualTo("care");
        });
        int before = journeys.events(journey).size();
        assertThatThrownBy(() -> packs.openRecord(journey, "nurse.kim", "desk-3", "curious")).isInstanceOf(JourneyRejected.class);
        assertThat(journeys.events(journey)).hasSize(before);
    }

    @Test
    void a_pack_needs_a_reason_and_nothing_is_recorded_without_one() {
        JourneyId journey = signedJourney("Pack Seo", "010-7100-0008");
        int before = journeys.events(journey).size();

        assertThatThrownBy(() -> packs.build(journey, "compliance.lee", "desk-7", "  \u200b ")).isInstanceOf(JourneyRejected.class);
        assertThatThrownBy(() -> packs.build(journey, "compliance.lee", "desk-7", "because Mr Kim's son asked")).as("free text")
                .isInstanceOf(JourneyRejected.class);
        assertThat(journeys.events(journey)).hasSize(before);
    }

    /** A journey walked to the end on the tablet, with a question raised, agreed and signed with a drawing. */
    JourneyId signedJourney(String name, String phone) {
        Patient patient = patients.register(TestPatients.newPatient(name, phone), "nurse");
        JourneyId id = journeys.start(patient.id(), "nurse", "desk").id();
        Origin tablet = new Origin(Actor.patient(patient.id().value()), "web-tablet");
        String firstSection = journeys.find(id).orElseThrow().plan().steps().stream().filter(step -> step.kind() == Step.Kind.SECTION)
                .findFirst().orElseThrow().ref();
        journeys.show(id, tablet, Step.section(firstSection), null);
        journeys.raiseQuestion(id, tablet, firstSection);
        JourneyWalk.agreeAndSign(journeys, id, tablet, true);
        return id;
    }

    public static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
