package care.clearconsent.consent.api;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.consent.Actor;
import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.Journey;
import care.clearconsent.consent.JourneyEvent;
import care.clearconsent.consent.JourneyId;
import care.clearconsent.consent.JourneyWalk;
import care.clearconsent.consent.Origin;
import care.clearconsent.consent.PatientRead;
import care.clearconsent.consent.PatientReads;
import care.clearconsent.consent.SignatureFixtures;
import care.clearconsent.consent.Step;
import care.clearconsent.consent.api.PatientApiClient.Answer;
import care.clearconsent.content.Question;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import care.clearconsent.patients.TestPatients;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A whole journey through HTTP alone stores the same events as the same journey on the tablet, and a journey started
 * on the tablet is finished through the API.
 */
// One quiz order for every journey, so the phone's and the tablet's journeys can be compared event by event.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "clearconsent.journey.quiz-order-seed=7")
class PatientApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ConsentJourneys journeys;
    @Autowired
    PatientRegistry patients;
    @Autowired
    PatientReads reads;

    @Test
    void a_whole_journey_through_http_stores_the_events_the_tablet_stores() {
        Patient patient = patients.register(TestPatients.newPatient("Api Walker", "010-4141-5151"), "nurse");
        JourneyId onTablet = journeys.start(patient.id(), "nurse", "desk").id();
        JourneyWalk.agreeAndSign(journeys, onTablet, new Origin(Actor.patient(patient.id().value()), "web-0123456789abcdef"), true);

        var started = journeys.start(patient.id(), "nurse", "desk");
        PatientApiClient phone = new PatientApiClient(port);
        Answer session = phone.post("/api/v1/patient/sessions", Map.of("linkToken", started.linkToken()));
        assertThat(session.status()).as(session.body().toString()).isEqualTo(201);
        phone.bearer(session.body().path("sessionToken").asString());
        assertThat(session.body().path("journey").path("journeyId").asString()).isEqualTo(started.id().value());

        walkToTheEnd(phone, journeys.find(started.id()).orElseThrow());

        assertThat(normalised(journeys.events(started.id()))).isEqualTo(normalised(journeys.events(onTablet)));
        assertThat(journeys.events(started.id())).filteredOn(event -> event.actor().kind() == Actor.Kind.PATIENT)
                .allSatisfy(event -> assertThat(event.device()).startsWith("api-"));
        Answer receipt = phone.get("/api/v1/patient/journey/receipt");
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.body().path("status").asString()).isEqualTo("AGREED");
        assertThat(receipt.body().path("lines").size()).isPositive();
    }

    @Test
    void a_journey_started_on_the_tablet_is_finished_through_the_api() {
        Patient patient = patients.register(TestPatients.newPatient("Api Finisher", "010-4141-6161"), "nurse");
        var started = journeys.start(patient.id(), "nurse", "desk");
        Origin tablet = new Origin(Actor.patient(patient.id().value()), "web-0123456789abcdef");
        Journey journey = journeys.find(started.id()).orElseThrow();
        String firstSection = journey.plan().steps().stream().filter(step -> step.kind() == Step.Kind.SECTION).findFirst().orElseThrow().ref();
        JourneyWalk.read(journeys, started.id(), tablet, firstSection);

        PatientApiClient phone = new PatientApiClient(port);
        String link = journeys.issueLink(started.id(), "nurse");
        Answer session = phone.post("/api/v1/patient/sessions", Map.of("linkToken", link));
        phone.bearer(session.body().path("sessionToken").asString());
        assertThat(session.body().path("journey").path("acknowledged").toString()).contains(firstSection);

        walkToTheEnd(phone, journeys.find(started.id()).orElseThrow());

        List<JourneyEvent> events = journeys.events(started.id());
        assertThat(events).anySatisfy(event -> assertThat(event.device()).isEqualTo("web-0123456789abcdef"));
        assertThat(events.getLast().device()).startsWith("api-");
        assertThat(journeys.find(started.id()).orElseThrow().state().status().name()).isEqualTo("AGREED");
    }

    @Test
    void a_patients_own_reads_are_in_the_access_audit_but_not_in_the_consent_chain() {
        Patient patient = patients.register(TestPatients.newPatient("Api Reader", "010-4141-7171"), "nurse");
        var started = journeys.start(patient.id(), "nurse", "desk");
        PatientApiClient phone = new PatientApiClient(port);
        phone.bearer(phone.post("/api/v1/patient/sessions", Map.of("linkToken", started.linkToken())).body().path("sessionToken").asString());
        int eventsBefore = journeys.events(started.id()).size();

        assertThat(phone.get("/api/v1/patient/journey/receipt").status()).as("no decision yet").isEqualTo(422);
        assertThat(reads.of(started.id())).as("a refused read is not recorded").isEmpty();
        assertThat(phone.get("/api/v1/patient/journey").status()).isEqualTo(200);
        assertThat(phone.get("/api/v1/patient/journey/content?language=en").status()).isEqualTo(200);
        assertThat(phone.get("/api/v1/patient/journey").status()).isEqualTo(200);

        List<PatientRead> recorded = reads.of(started.id());
        assertThat(recorded).extracting(PatientRead::what).containsExactly(PatientRead.STATUS, PatientRead.CONTENT, PatientRead.STATUS);
        assertThat(recorded).allSatisfy(read -> assertThat(read.device()).startsWith("api-"));
        assertThat(recorded).isSortedAccordingTo(java.util.Comparator.comparing(PatientRead::at));
        assertThat(journeys.events(started.id())).as("reads add no event to the chain").hasSize(eventsBefore);
    }

    /** Every step the rest of the way, as a phone app does it: only through HTTP. */
    private void walkToTheEnd(PatientApiClient phone, Journey journey) {
        JsonNode content = ok(phone.get("/api/v1/patient/journey/content?language=ko&level=standard"));
        assertThat(content.path("questions").toString()).as("the right answer is never sent").doesNotContain("\"answer\"");
        for (Step step : journey.plan().steps()) {
            switch (step.kind()) {
                case SECTION -> {
                    if (journey.state().isAcknowledged(step.ref())) {
                        continue;
                    }
                    ok(phone.post("/api/v1/patient/journey/steps", Map.of("step", step.key())));
                    int pages = journey.content().content().section(step.ref()).orElseThrow().pageCount();
                    for (int page = 1; page < pages; page++) {
                        ok(phone.post("/api/v1/patient/journey/sections/" + step.ref() + "/pages/" + page, ""));
                    }
                    ok(phone.post("/api/v1/patient/journey/sections/" + step.ref() + "/acknowledgement", ""));
                }
                case QUESTION -> {
                    ok(phone.post("/api/v1/patient/journey/steps", Map.of("step", step.key())));
                    Question question = journey.content().content().question(step.ref()).orElseThrow();
                    JsonNode result = ok(phone.post("/api/v1/patient/journey/questions/" + question.id() + "/answers", Map.of("option", question.answer())));
                    assertThat(result.path("correct").asBoolean()).isTrue();
                }
                case DECISION -> {
                    ok(phone.post("/api/v1/patient/journey/steps", Map.of("step", step.key())));
                    ok(phone.post("/api/v1/patient/journey/decision", Map.of("decision", "AGREE", "purposes", Map.of("improve-ai", true),
                            "aiSystems", JourneyWalk.EVERY_SYSTEM_USED)));
                }
                case SIGNATURE -> {
                    JsonNode shown = ok(phone.post("/api/v1/patient/journey/steps", Map.of("step", step.key())));
                    ok(phone.post("/api/v1/patient/journey/signature", Map.of("decisionHash", shown.path("decisionHash").asString(), "method", "PATIENT",
                            "form", "DRAWN", "imagePngBase64", Base64.getEncoder().encodeToString(SignatureFixtures.inkedPng()))));
                }
                default -> {
                    // welcome and receipt: nothing to record
                }
            }
        }
    }

    private static JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isBetween(200, 201);
        return answer.body();
    }

    /** The events without what must differ: times and durations, the device, hashes that chain them, the quiz's random order. */
    private static List<String> normalised(List<JourneyEvent> events) {
        return events.stream().map(event -> {
            ObjectNode fact = PatientApiClient.JSON.valueToTree(event.fact());
            for (String timing : List.of("dwellMillis", "pageDwellMillis")) {
                fact.remove(timing);
            }
            // Unique to each record by design: the hash of the decision event signed, the sealed personal data's id and salted commitment.
            for (String unique : List.of("decisionHash", "decision", "personalData", "personalCommitment")) {
                if (!(event.fact() instanceof care.clearconsent.consent.JourneyFact.DecisionRecorded)) {
                    fact.remove(unique);
                }
            }
            // Each journey draws its own order of quiz choices: the same choices, in an order of its own.
            fact.remove("optionOrder");
            if (fact.has("shown")) {
                fact.put("shown", fact.get("shown").valueStream().map(JsonNode::asString).sorted().toList().toString());
            }
            return event.fact().getClass().getSimpleName() + " " + event.actor() + " " + event.language() + " " + event.modes() + " " + fact;
        }).toList();
    }
}
