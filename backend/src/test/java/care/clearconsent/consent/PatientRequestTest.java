package care.clearconsent.consent;

import care.clearconsent.patients.TestPatients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.clearconsent.TestClock;
import care.clearconsent.TestClockConfiguration;
import care.clearconsent.evidence.EvidencePacks;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A request for an explanation or a human review (PIPA Art. 37-2) is recorded with its 30-day deadline, shown to
 * staff until answered, becomes overdue when the deadline passes, and appears in the evidence pack.
 */
@SpringBootTest(properties = "clearconsent.evidence.log-name=requests.test/consent-log")
@Import(TestClockConfiguration.class)
class PatientRequestTest {

    @Autowired
    ConsentJourneys journeys;
    @Autowired
    PatientRegistry patients;
    @Autowired
    TestClock clock;
    @Autowired
    EvidencePacks packs;

    @Test
    void a_human_review_request_is_due_in_thirty_days_becomes_overdue_and_is_answered_once() {
        Patient patient = patients.register(TestPatients.newPatient("Request Han", "010-7500-0001"), "nurse");
        JourneyId journey = journeys.start(patient.id(), "nurse", "desk").id();
        JourneyWalk.agreeAndSign(journeys, journey, new Origin(Actor.patient(patient.id().value()), "web-tablet"), false);
        String system = journeys.find(journey).orElseThrow().content().content().aiSystems().getFirst().id();
        Origin nurse = new Origin(Actor.nurse("nurse"), "desk");

        PatientRequest request = journeys.makeRequest(journey, nurse, RequestKind.HUMAN_REVIEW, system);

        assertThat(request.dueBy()).isEqualTo(request.madeAt().plus(Duration.ofDays(30)));
        assertThat(journeys.openRequests()).extracting(PatientRequest::id).contains(request.id());
        assertThat(request.overdueAt(clock.instant())).isFalse();
        clock.advance(Duration.ofDays(31));
        PatientRequest waiting = journeys.openRequests().stream().filter(r -> r.id().equals(request.id())).findFirst().orElseThrow();
        assertThat(waiting.overdueAt(clock.instant())).as("31 days later").isTrue();

        PatientRequest answered = journeys.answerRequest(journey, nurse, request.id(), RequestOutcome.REVIEWED_DECISION_KEPT);

        assertThat(answered.open()).isFalse();
        assertThat(answered.answeredBy()).isEqualTo("nurse");
        assertThat(journeys.openRequests()).extracting(PatientRequest::id).doesNotContain(request.id());
        assertThatThrownBy(() -> journeys.answerRequest(journey, nurse, request.id(), RequestOutcome.EXPLAINED))
                .isInstanceOf(JourneyRejected.class).hasMessage("journey.request.answered");
        assertThatThrownBy(() -> journeys.makeRequest(journey, nurse, RequestKind.EXPLANATION, "retention"))
                .isInstanceOf(JourneyRejected.class).hasMessage("journey.request.unknown-system");
    }

    @Test
    void the_request_and_its_answer_appear_in_the_evidence_pack() throws Exception {
        Patient patient = patients.register(TestPatients.newPatient("Request Oh", "010-7500-0002"), "nurse");
        JourneyId journey = journeys.start(patient.id(), "nurse", "desk").id();
        JourneyWalk.agreeAndSign(journeys, journey, new Origin(Actor.patient(patient.id().value()), "web-tablet"), false);
        String system = journeys.find(journey).orElseThrow().content().content().aiSystems().getFirst().id();
        journeys.makeRequest(journey, new Origin(Actor.patient(patient.id().value()), "web-tablet"), RequestKind.EXPLANATION, system);

        byte[] zip = packs.build(journey, "compliance.lee", "desk", "patient-request").zip();

        String facts = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("consent.json")) {
                    facts = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(facts).contains("\"kind\" : \"EXPLANATION\"", "\"dueBy\"", "\"aiSystem\" : \"" + system + "\"");
    }
}
