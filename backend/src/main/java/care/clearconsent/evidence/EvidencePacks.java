package care.clearconsent.evidence;

import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.ConsentRecords;
import care.clearconsent.consent.HashedEvent;
import care.clearconsent.consent.Journey;
import care.clearconsent.consent.JourneyId;
import care.clearconsent.consent.JourneyRejected;
import care.clearconsent.content.Jcs;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientId;
import care.clearconsent.patients.PatientRegistry;
import care.clearconsent.explanation.InstitutionSchedule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the evidence pack of one journey: one ZIP with a readable PDF/A-3, the same facts as JSON and as a FHIR R4
 * bundle, the journey's events in the exact form they were hashed, an inclusion proof of every event against a
 * checkpoint signed just now, and a manifest of every file's SHA-256 signed with the institution key. The access is
 * recorded in the journey's own chain before anything is read, so the pack lists its own creation.
 */
@Service
public class EvidencePacks {

    public static final String FORMAT = "clearconsent-evidence-pack/1";
    static final String MANIFEST = "manifest.json";
    static final String MANIFEST_SIGNATURE = "manifest.sig";
    static final String EVENTS = "events.json";
    static final String PROOFS = "proofs.json";
    static final String FACTS = "consent.json";
    static final String FHIR = "consent.fhir.json";
    static final String PDF_FILE = "consent-record.pdf";
    static final String SIGNATURE_FILE = "signature.png";
    static final String README = "README.txt";
    static final String PERSONAL = "personal-data.json";
    /** What the access event names as looked at. */
    public static final String ACCESS_WHAT = "evidence-pack";

    private static final HexFormat HEX = HexFormat.of();

    private final ConsentJourneys journeys;
    private final ConsentRecords records;
    private final PatientRegistry patients;
    private final TransparencyLog log;
    private final Checkpoints checkpoints;
    private final Clock clock;
    private final PackPdf pdf;
    private final care.clearconsent.explanation.ExplanationCatalogue catalogue;
    private final PackFhir fhir = new PackFhir();
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    EvidencePacks(ConsentJourneys journeys, ConsentRecords records, PatientRegistry patients, TransparencyLog log, Checkpoints checkpoints,
                  EvidenceProperties properties, InstitutionSchedule institution, Clock clock,
                  care.clearconsent.explanation.ExplanationCatalogue catalogue) {
        this.catalogue = catalogue;
        this.journeys = journeys;
        this.records = records;
        this.patients = patients;
        this.log = log;
        this.checkpoints = checkpoints;
        this.clock = clock;
        this.pdf = new PackPdf(properties, institution::zone);
    }

    /** A built pack: its file name and bytes. */
    public record Pack(String fileName, byte[] zip) {
    }

    /**
     * Records who asks and why, then builds the pack. Throws {@link JourneyRejected} for an unknown journey or a
     * missing reason, and {@link IllegalStateException} when the log cannot be signed (an open evidence alarm).
     */
    public Pack build(JourneyId id, String staffUser, String device, String reason) {
        journeys.recordAccess(id, staffUser, device, ACCESS_WHAT, reason);
        Journey journey = journeys.find(id).orElseThrow(() -> new JourneyRejected("journey.unknown"));
        checkpoints.sign();
        Checkpoints.Checkpoint checkpoint = checkpoints.latest()
                .orElseThrow(() -> new IllegalStateException("No signed checkpoint exists: the evidence log could not be signed"));
        List<HashedEvent> hashed = records.hashedEvents(id);
        Map<String, TransparencyLog.Leaf> leaves = log.leavesOf(hashed.stream().map(HashedEvent::storageId).toList());
        PackFacts facts = facts(journey);
        String png = journey.state().signature().map(signed -> signed.imagePngBase64()).filter(image -> !image.isEmpty()).orElse(null);

        Map<String, byte[]> files = new LinkedHashMap<>();
        byte[] document = pdf.render(facts, png);
        files.put(PDF_FILE, document);
        files.put(FACTS, json.writeValueAsBytes(Map.of("format", PackFacts.FORMAT, "record", facts)));
        files.put(FHIR, fhir.bundle(facts, png, document).getBytes(StandardCharsets.UTF_8));
        files.put(EVENTS, json.writeValueAsBytes(eventsFile(id, hashed)));
        files.put(PROOFS, json.writeValueAsBytes(proofsFile(hashed, leaves, checkpoint)));
        if (png != null) {
            files.put(SIGNATURE_FILE, Base64.getDecoder().decode(png));
        }
        List<ConsentRecords.CommittedData> personal = records.committedData(id);
        if (!personal.isEmpty()) {
            files.put(PERSONAL, json.writeValueAsBytes(Map.of("commitments", personal,
                    "hashing", "commitment = SHA-256(UTF-8 of committedText); committedText = JCS({salt, fields})")));
        }
        files.put(README, readme().getBytes(StandardCharsets.UTF_8));
        Instant createdAt = clock.instant();
        byte[] manifest = manifest(id, staffUser, reason, createdAt, files).getBytes(StandardCharsets.UTF_8);
        files.put(MANIFEST, manifest);
        files.put(MANIFEST_SIGNATURE, checkpoints.signStatement(statement(checkpoints.logName(), id.value(), manifest)).getBytes(StandardCharsets.UTF_8));
        return new Pack("consent-evidence-" + id.value() + ".zip", zip(files, createdAt));
    }

    /** What the access event names when a hospital system reads a journey's Consent through FHIR. */
    public static final String FHIR_READ = "fhir-consent";

    /**
     * The FHIR Consent of each of these journeys, as a search result page, each read recorded first in its journey's
     * access audit with the system that asked.
     */
    public String consentSearch(List<JourneyId> ids, String pseudonym, String requester, String device, String self, @Nullable String next) {
        List<PackFacts> facts = new ArrayList<>();
        for (JourneyId id : ids) {
            journeys.recordAccess(id, requester, device, FHIR_READ, "care");
            facts.add(facts(journeys.find(id).orElseThrow(() -> new JourneyRejected("journey.unknown"))));
        }
        return fhir.searchBundle(facts, pseudonym, self, next);
    }

    /** What the access event names when a member of staff opens a journey's record on screen. */
    public static final String RECORD_VIEWED = "journey-record";

    /**
     * A journey's record for a member of staff to read on screen: the access (who, why) is recorded in the journey's
     * chain first, exactly as for a pack. Throws {@link JourneyRejected} for an unknown journey or reason.
     */
    public PackFacts openRecord(JourneyId id, String staffUser, String device, String reason) {
        journeys.recordAccess(id, staffUser, device, RECORD_VIEWED, reason);
        return facts(journeys.find(id).orElseThrow(() -> new JourneyRejected("journey.unknown")));
    }

    private PackFacts facts(Journey journey) {
        String patientName = patients.find(new PatientId(journey.patientId())).map(Patient::displayName).orElse(null);
        return PackFacts.of(journey, journeys.events(journey.id()), patientName,
                new PackFacts.Renewal(catalogue.needsConsentAgain(journey.content().hash()), catalogue.current().version()));
    }

    /** The text the manifest's signature covers: who signs, which journey, and the manifest's SHA-256. */
    static String statement(String logName, String journeyId, byte[] manifest) {
        return logName + "\n" + FORMAT + " " + journeyId + "\nmanifest sha256 " + Sha256.hex(manifest) + "\n";
    }

    private static Map<String, Object> eventsFile(JourneyId id, List<HashedEvent> hashed) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (HashedEvent event : hashed) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("storageId", event.storageId());
            entry.put("seq", event.seq());
            entry.put("hashVersion", event.hashVersion());
            entry.put("hash", event.hash());
            entry.put("hashedText", event.hashedText());
            events.add(entry);
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("journeyId", id.value());
        file.put("hashing", "hash = SHA-256(UTF-8 of hashedText); see docs/evidence-canonical-form.md");
        file.put("events", events);
        return file;
    }

    private Map<String, Object> proofsFile(List<HashedEvent> hashed, Map<String, TransparencyLog.Leaf> leaves, Checkpoints.Checkpoint checkpoint) {
        List<Map<String, Object>> proofs = new ArrayList<>();
        for (HashedEvent event : hashed) {
            TransparencyLog.Leaf leaf = leaves.get(event.storageId());
            if (leaf == null || leaf.index() >= checkpoint.size()) {
                throw new IllegalStateException("Event " + event.seq() + " of the journey is not yet covered by a signed checkpoint");
            }
            Map<String, Object> proof = new LinkedHashMap<>();
            proof.put("seq", event.seq());
            proof.put("hash", event.hash());
            proof.put("leafIndex", leaf.index());
            proof.put("path", log.inclusionProof(leaf.index(), checkpoint.size()).stream().map(HEX::formatHex).toList());
            proofs.add(proof);
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("checkpoint", checkpoint.note());
        file.put("treeSize", checkpoint.size());
        file.put("rootHash", HEX.formatHex(checkpoint.root()));
        file.put("hashing", "RFC 6962: leaf = SHA-256(0x00 || event hash bytes), node = SHA-256(0x01 || left || right)");
        file.put("proofs", proofs);
        return file;
    }

    private String manifest(JourneyId id, String staffUser, String reason, Instant createdAt, Map<String, byte[]> files) {
        Map<String, Object> hashes = new TreeMap<>();
        files.forEach((name, bytes) -> hashes.put(name, Sha256.hex(bytes)));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("journeyId", id.value());
        manifest.put("createdAt", createdAt.toString());
        manifest.put("createdBy", staffUser);
        manifest.put("reason", reason);
        manifest.put("logName", checkpoints.logName());
        manifest.put("verifierKey", checkpoints.verifierKey());
        manifest.put("files", hashes);
        return Jcs.write(manifest);
    }

    private static byte[] zip(Map<String, byte[]> files, Instant createdAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (var file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTime(createdAt.toEpochMilli());
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String readme() {
        return """
                ClearConsent evidence pack / ClearConsent 증거 묶음

                Check it with the institution's public verifier key (ask the institution, or see its published key):
                기관의 공개 검증 키로 확인하세요(기관에 요청하거나 공개된 키를 확인하세요):

                    java -jar clearconsent.jar verify <this-file>.zip --key '<verifier key>' [--lang ko|en]

                manifest.json      every file's SHA-256 / 모든 파일의 SHA-256
                manifest.sig       the institution's Ed25519 signature of the manifest / 기관의 서명
                consent-record.pdf the record for people (PDF/A-3) / 사람이 읽는 기록
                consent.json       the same facts as JSON / 같은 사실의 JSON
                consent.fhir.json  the same facts as a FHIR R4 bundle / FHIR R4 묶음
                events.json        every event in the exact form that was hashed / 해시한 그대로의 사건
                proofs.json        each event's inclusion proof against a signed checkpoint / 서명된 체크포인트에 대한 포함 증명
                signature.png      the drawn signature, when there is one / 손으로 쓴 서명(있을 때)
                personal-data.json the signature's personal parts as committed in the chain, unless erased / 체인이 약속한 개인정보(삭제 전)
                """;
    }
}
