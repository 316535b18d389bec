package care.clearconsent;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.consent.Actor;
import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.Decision;
import care.clearconsent.consent.Journey;
import care.clearconsent.consent.JourneyWalk;
import care.clearconsent.consent.Origin;
import care.clearconsent.consent.SignatureFixtures;
import care.clearconsent.consent.SignatureMethod;
import care.clearconsent.consent.StartedJourney;
import care.clearconsent.consent.Step;
import care.clearconsent.evidence.EvidencePacks;
import care.clearconsent.patients.NewPatient;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A raw dump of every collection, taken after a patient has been registered, walked through, signed for by a
 * representative, looked up and exported, holds none of their identifying data in readable form; neither does the log.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataAtRestTest {

    private static final String NAME = "Yeonhwa Gilmartin";
    private static final String PHONE_DIGITS = "86429731";
    private static final String HOSPITAL_NUMBER = "HN-ATREST-4417";
    private static final String REPRESENTATIVE = "Sunbeam Okonkwo";
    private static final String REASON = "Aphasia after a left-hemisphere infarct";

    @Autowired
    PatientRegistry patients;
    @Autowired
    ConsentJourneys journeys;
    @Autowired
    EvidencePacks packs;
    @Autowired
    MongoTemplate mongo;

    @Test
    void no_collection_and_no_log_line_holds_a_readable_name_phone_hospital_number_representative_or_signature(CapturedOutput log) {
        Patient patient = patients.register(new NewPatient(NAME, "010-8642-9731", HOSPITAL_NUMBER, "1931"), "nurse");
        StartedJourney started = journeys.start(patient.id(), "nurse", "web-tablet");
        Origin tablet = new Origin(Actor.patient(patient.id().value()), "web-tablet");
        JourneyWalk.toDecision(journeys, started.id(), tablet);
        journeys.decide(started.id(), tablet, Decision.AGREE, Map.of("improve-ai", true), JourneyWalk.EVERY_SYSTEM_USED);
        Journey atSignature = journeys.show(started.id(), tablet, Step.SIGNATURE, null);
        byte[] signature = SignatureFixtures.inkedPng();
        journeys.sign(started.id(), tablet, atSignature.state().decisionHash().orElseThrow(), SignatureMethod.REPRESENTATIVE,
                new care.clearconsent.consent.Confirmation.Drawn(signature), REPRESENTATIVE, "daughter", REASON);
        assertThat(patients.search(HOSPITAL_NUMBER)).containsExactly(patient);
        assertThat(patients.search(NAME)).containsExactly(patient);
        assertThat(packs.build(started.id(), "compliance", "desk", "internal-audit").zip()).isNotEmpty();

        List<String> readable = List.of(NAME, "Yeonhwa", "Gilmartin", PHONE_DIGITS, "8642-9731", HOSPITAL_NUMBER, REPRESENTATIVE, "Okonkwo", REASON, "infarct");
        assertThat(mongo.getCollectionNames()).as("the dump covers where the data went").contains("patients", "patient_lookup", "consent_personal");
        for (String collection : mongo.getCollectionNames()) {
            for (Document document : mongo.findAll(Document.class, collection)) {
                String json = document.toJson();
                byte[] raw = bson(document);
                for (String plain : readable) {
                    assertThat(json).as("%s in %s", plain, collection).doesNotContainIgnoringCase(plain);
                    assertThat(contains(raw, plain.getBytes(StandardCharsets.UTF_8))).as("%s in raw %s", plain, collection).isFalse();
                }
                assertThat(contains(raw, Arrays.copyOfRange(signature, 0, 64))).as("signature image in %s", collection).isFalse();
            }
        }
        for (String plain : readable) {
            assertThat(log.getAll()).as("the log").doesNotContainIgnoringCase(plain);
        }
    }

    private static byte[] bson(Document document) {
        var buffer = new BasicOutputBuffer();
        new DocumentCodec().encode(new BsonBinaryWriter(buffer), document, EncoderContext.builder().build());
        return buffer.toByteArray();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        return HexFormat.of().formatHex(haystack).contains(HexFormat.of().formatHex(needle));
    }
}
