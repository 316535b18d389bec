package care.clearconsent.consent.api;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.TestClock;
import care.clearconsent.TestClockConfiguration;
import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.JourneyFact;
import care.clearconsent.consent.StartedJourney;
import care.clearconsent.consent.api.PatientApiClient.Answer;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import care.clearconsent.patients.TestPatients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Every kind of bad input to the patient API gets a 4xx problem with its documented type, never a 5xx, and nothing
 * is stored: every collection of the database is the same before and after. A retried creation creates once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class PatientApiBadInputTest {

    private static final String NOSQL = "{\"$gt\": \"\"}";

    @LocalServerPort
    int port;
    @Autowired
    ConsentJourneys journeys;
    @Autowired
    PatientRegistry patients;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestClock clock;

    private record Case(String what, String method, String path, String body, String expectedCode) {
    }

    @Test
    void bad_input_gets_a_problem_with_its_type_and_stores_nothing() {
        Patient patient = patients.register(TestPatients.newPatient("Bad Input", "010-4242-5353"), "nurse");
        StartedJourney started = journeys.start(patient.id(), "nurse", "desk");
        PatientApiClient phone = new PatientApiClient(port);
        String token = phone.post("/api/v1/patient/sessions", Map.of("linkToken", started.linkToken())).body().path("sessionToken").asString();
        phone.bearer(token);
        String firstSection = journeys.find(started.id()).orElseThrow().content().content().sections().getFirst().id();
        String question = journeys.find(started.id()).orElseThrow().content().content().questions().getFirst().id();
        String used = started.linkToken();
        String expired = journeys.issueLink(started.id(), "nurse");
        clock.advance(Duration.ofHours(1));
        // The journey's own session, opened again now that the expired link's journey lost it.
        String fresh = journeys.issueLink(started.id(), "nurse");
        token = phone.bearer("").post("/api/v1/patient/sessions", Map.of("linkToken", fresh)).body().path("sessionToken").asString();
        phone.bearer(token);

        List<Case> cases = new ArrayList<>(List.of(
                new Case("malformed JSON", "POST", "/api/v1/patient/journey/steps", "{\"step\": ", "malformed-json"),
                new Case("not JSON at all", "POST", "/api/v1/patient/journey/steps", "step=welcome", "malformed-json"),
                new Case("a missing field", "POST", "/api/v1/patient/journey/steps", "{}", "invalid-field"),
                new Case("an unknown field", "POST", "/api/v1/patient/journey/steps", "{\"step\": \"welcome\", \"admin\": true}", "unknown-field"),
                new Case("a map where text is expected", "POST", "/api/v1/patient/journey/decision",
                        "{\"decision\": \"AGREE\", \"purposes\": \"all\", \"aiSystems\": {}}", "wrong-type"),
                new Case("an unknown enum value", "POST", "/api/v1/patient/journey/decision",
                        "{\"decision\": \"MAYBE\", \"purposes\": {}, \"aiSystems\": {}}", "wrong-type"),
                new Case("null for a number", "POST", "/api/v1/patient/journey/listening",
                        "{\"target\": \"welcome\", \"action\": \"STARTED\", \"rate\": \"normal\", \"position\": null, \"shareHeard\": 0}", "wrong-type"),
                new Case("an oversized body", "POST", "/api/v1/patient/journey/steps", "{\"step\": \"" + "x".repeat(600_000) + "\"}", "body-too-large"),
                new Case("a step out of order", "POST", "/api/v1/patient/journey/sections/" + firstSection + "/acknowledgement", "", "journey.step.out-of-order"),
                new Case("a decision before reading", "POST", "/api/v1/patient/journey/decision",
                        "{\"decision\": \"DECLINE\", \"purposes\": {}, \"aiSystems\": {}}", "journey.decision.sections-unread"),
                new Case("an unknown step", "POST", "/api/v1/patient/journey/steps", "{\"step\": \"section:nowhere\"}", "journey.step.unknown"),
                new Case("a made-up step kind", "POST", "/api/v1/patient/journey/steps", "{\"step\": \"admin:all\"}", "journey.step.unknown"),
                new Case("an answer before its question is shown", "POST", "/api/v1/patient/journey/questions/" + question + "/answers",
                        "{\"option\": \"x\"}", "journey.answer.required"),
                new Case("an unknown language", "POST", "/api/v1/patient/journey/display", "{\"language\": \"xx\", \"modes\": {\"largeText\": true, "
                        + "\"simplified\": false, \"highContrast\": false, \"voice\": false, \"slowSpeech\": false}}", "language-unsupported"),
                new Case("a receipt before any decision", "GET", "/api/v1/patient/journey/receipt", "", "journey.decision.required"),
                new Case("an unknown level", "GET", "/api/v1/patient/journey/content?level=expert", "", "parameter-invalid"),
                new Case("an unknown address", "GET", "/api/v1/patient/journey/secrets", "", "not-found"),
                new Case("a wrong method", "GET", "/api/v1/patient/journey/steps", "", "method-not-allowed")));
        // Operator objects and operator text in every text field of every body.
        for (String value : List.of(NOSQL, "\"" + NOSQL.replace("\"", "\\\"") + "\"")) {
            String expected = value.startsWith("{") ? "wrong-type" : null;
            cases.add(new Case("an operator as a link token", "POST", "/api/v1/patient/sessions", "{\"linkToken\": " + value + "}", expected == null ? "link-invalid" : expected));
            cases.add(new Case("an operator as a step", "POST", "/api/v1/patient/journey/steps", "{\"step\": " + value + "}", expected == null ? "journey.step.unknown" : expected));
            cases.add(new Case("an operator as a returning step", "POST", "/api/v1/patient/journey/steps", "{\"step\": \"welcome\", \"returnTo\": " + value + "}",
                    expected == null ? "journey.step.unknown" : expected));
            cases.add(new Case("an operator as a language", "POST", "/api/v1/patient/journey/display", "{\"language\": " + value + ", \"modes\": "
                    + "{\"largeText\": true, \"simplified\": false, \"highContrast\": false, \"voice\": false, \"slowSpeech\": false}}",
                    expected == null ? "invalid-field" : expected));
            cases.add(new Case("an operator as a listening target", "POST", "/api/v1/patient/journey/listening", "{\"target\": " + value
                    + ", \"action\": \"STARTED\", \"rate\": \"normal\", \"position\": 0, \"shareHeard\": 0}", expected == null ? "journey.step.unknown" : expected));
            cases.add(new Case("an operator as a rate", "POST", "/api/v1/patient/journey/listening", "{\"target\": \"nothing\", \"action\": \"STARTED\", \"rate\": "
                    + value + ", \"position\": 0, \"shareHeard\": 0}", expected == null ? "journey.step.unknown" : expected));
            cases.add(new Case("an operator as an answer", "POST", "/api/v1/patient/journey/questions/" + question + "/answers", "{\"option\": " + value + "}",
                    expected == null ? "journey.answer.required" : expected));
            cases.add(new Case("an operator as a section", "POST", "/api/v1/patient/journey/questions-raised", "{\"section\": " + value + "}",
                    expected == null ? "journey.section.unknown" : expected));
            cases.add(new Case("an operator in a signature", "POST", "/api/v1/patient/journey/signature", "{\"decisionHash\": " + value
                    + ", \"method\": \"PATIENT\", \"form\": \"TYPED_NAME\", \"typedName\": " + value + ", \"representativeName\": " + value
                    + ", \"representativeRelationship\": " + value + ", \"representativeReason\": " + value + ", \"imagePngBase64\": " + value + "}",
                    expected == null ? "journey.signature.needs-decision" : expected));
            cases.add(new Case("an operator in a withdrawal", "POST", "/api/v1/patient/journey/withdrawal", "{\"scope\": \"AI_SYSTEM\", \"target\": " + value
                    + ", \"reason\": " + value + "}", expected == null ? "journey.withdraw.not-agreed" : expected));
            cases.add(new Case("an operator as an AI system", "POST", "/api/v1/patient/journey/requests", "{\"kind\": \"HUMAN_REVIEW\", \"aiSystem\": " + value + "}",
                    expected == null ? "journey.request.unknown-system" : expected));
        }
        Map<String, List<String>> before = everyCollection();

        for (Case bad : cases) {
            Answer answer = bad.method().equals("GET") ? phone.get(bad.path()) : phone.postRaw(bad.path(), bad.body());
            assertProblem(bad.what(), answer, bad.expectedCode());
        }
        PatientApiClient stranger = new PatientApiClient(port);
        assertProblem("a replayed link token", stranger.post("/api/v1/patient/sessions", Map.of("linkToken", used)), "link-invalid");
        assertProblem("an expired link token", stranger.post("/api/v1/patient/sessions", Map.of("linkToken", expired)), "link-invalid");
        assertProblem("a forged link token", stranger.post("/api/v1/patient/sessions", Map.of("linkToken", "A".repeat(43))), "link-invalid");
        assertProblem("a forged session token", stranger.bearer("A".repeat(43)).get("/api/v1/patient/journey"), "session-invalid");
        assertProblem("no idempotency key where one is needed", stranger.bearer("").postWithKey("/api/v1/patient/sessions",
                "{\"linkToken\": \"" + "B".repeat(43) + "\"}", null), "idempotency-key-missing");

        Map<String, List<String>> after = everyCollection();
        // A collection may come into being empty (a sealed reason discarded when the withdrawal was refused): it holds nothing.
        after.forEach((collection, documents) -> {
            List<String> had = before.getOrDefault(collection, List.of());
            List<String> added = documents.stream().filter(document -> !had.contains(document)).toList();
            List<String> gone = had.stream().filter(document -> !documents.contains(document)).toList();
            assertThat(added).as("nothing stored in " + collection).isEmpty();
            assertThat(gone).as("nothing removed from " + collection).isEmpty();
        });
        assertThat(after.keySet()).containsAll(before.keySet());
    }

    @Test
    void another_patients_session_reaches_only_their_own_journey() {
        PatientApiClient first = sessionFor("Own Journey", "010-4242-6363");
        PatientApiClient second = sessionFor("Other Journey", "010-4242-7373");
        String firstJourney = first.get("/api/v1/patient/journey").body().path("journeyId").asString();
        String secondJourney = second.get("/api/v1/patient/journey").body().path("journeyId").asString();

        assertThat(firstJourney).isNotEqualTo(secondJourney);
        var firstId = new care.clearconsent.consent.JourneyId(firstJourney);
        int firstEvents = journeys.events(firstId).size();
        assertThat(second.post("/api/v1/patient/journey/display", Map.of("language", "en", "modes", Map.of("largeText", true, "simplified", false,
                "highContrast", false, "voice", false, "slowSpeech", false))).body().path("journeyId").asString()).isEqualTo(secondJourney);
        assertThat(journeys.events(new care.clearconsent.consent.JourneyId(secondJourney)).getLast().device()).startsWith("api-");
        assertThat(journeys.events(firstId)).as("the first patient's journey is untouched").hasSize(firstEvents);
        assertThat(first.get("/api/v1/patient/journey").body().path("language").asString()).isEqualTo("ko");
    }

    @Test
    void one_idempotency_key_creates_once_also_at_once_and_another_body_is_refused() throws Exception {
        PatientApiClient phone = sessionFor("Retrying", "010-4242-8383");
        String journeyId = phone.get("/api/v1/patient/journey").body().path("journeyId").asString();
        String body = "{\"kind\": \"EXPLANATION\"}";

        Answer first = phone.postWithKey("/api/v1/patient/journey/requests", body, "retry-1");
        Answer again = phone.postWithKey("/api/v1/patient/journey/requests", body, "retry-1");
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertProblem("the same key with another body", phone.postWithKey("/api/v1/patient/journey/requests", "{\"kind\": \"HUMAN_REVIEW\"}", "retry-1"),
                "idempotency-key-reused");

        List<Answer> answers = new ArrayList<>();
        try (var threads = Executors.newFixedThreadPool(8)) {
            List<Future<Answer>> sent = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sent.add(threads.submit(() -> phone.postWithKey("/api/v1/patient/journey/requests", body, "at-once-1")));
            }
            for (Future<Answer> answer : sent) {
                answers.add(answer.get());
            }
        }
        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isIn(201, 409));
        assertThat(answers).filteredOn(answer -> answer.status() == 201).extracting(answer -> answer.body().path("requestId").asString()).containsOnly(
                answers.stream().filter(answer -> answer.status() == 201).findFirst().orElseThrow().body().path("requestId").asString());
        long requests = journeys.events(new care.clearconsent.consent.JourneyId(journeyId)).stream()
                .filter(event -> event.fact() instanceof JourneyFact.RequestMade).count();
        assertThat(requests).as("one per key: retry-1 and at-once-1").isEqualTo(2);
    }

    private PatientApiClient sessionFor(String name, String phoneNumber) {
        Patient patient = patients.register(TestPatients.newPatient(name, phoneNumber), "nurse");
        PatientApiClient phone = new PatientApiClient(port);
        String token = phone.post("/api/v1/patient/sessions", Map.of("linkToken", journeys.start(patient.id(), "nurse", "desk").linkToken()))
                .body().path("sessionToken").asString();
        return phone.bearer(token);
    }

    private static void assertProblem(String what, Answer answer, String code) {
        assertThat(answer.status()).as(what + ": " + answer.body()).isBetween(400, 499);
        assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
        assertThat(answer.code()).as(what + ": " + answer.body()).isEqualTo(code);
        assertThat(answer.body().path("type").asString()).as(what).isEqualTo("https://clearconsent.care/problems/" + code);
    }

    /** Every document of every collection, as text, by collection. */
    private Map<String, List<String>> everyCollection() {
        Map<String, List<String>> all = new TreeMap<>();
        for (String collection : mongo.getCollectionNames()) {
            all.put(collection, mongo.findAll(Document.class, collection).stream().map(Document::toJson).sorted().toList());
        }
        return all;
    }
}
