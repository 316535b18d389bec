package care.clearconsent.integration;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.consent.Actor;
import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.Decision;
import care.clearconsent.consent.JourneyFact;
import care.clearconsent.consent.JourneyId;
import care.clearconsent.consent.JourneyWalk;
import care.clearconsent.consent.Origin;
import care.clearconsent.evidence.EvidencePackTest;
import care.clearconsent.evidence.EvidencePacks;
import care.clearconsent.evidence.FhirR4Validation;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import care.clearconsent.patients.TestPatients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Consent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hospital systems with API keys: keys are shown once and stored hashed, scoped and revocable; an invitation gives a
 * personal link that opens the patient's journey; consent status pages by cursor; FHIR Consent search returns what
 * the evidence pack holds, valid R4; every read is in the journey's access audit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InstitutionApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    ApiKeys keys;
    @Autowired
    ConsentJourneys journeys;
    @Autowired
    PatientRegistry patients;
    @Autowired
    EvidencePacks packs;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    care.clearconsent.reminders.SmsOutbox reminders;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_key_is_shown_once_stored_hashed_scoped_and_stops_when_revoked() throws Exception {
        IssuedApiKey key = keys.create("Ward system", Set.of(ApiScope.READ_STATUS), "chief");
        Patient patient = patients.register(TestPatients.newPatient("Key Holder", "010-5353-1111"), "nurse");

        assertThat(key.token()).matches("cc_[a-z0-9]{12}_[A-Za-z0-9_-]{43}");
        String secret = key.token().substring(key.token().lastIndexOf('_') + 1);
        assertThat(mongo.getCollection("api_keys").find().map(Document::toJson)).noneSatisfy(stored -> assertThat(stored).contains(secret));
        assertThat(get("/api/v1/patients/" + patient.id().value() + "/consent-status", key.token()).statusCode()).isEqualTo(200);
        assertProblem(post("/api/v1/invitations", key.token(), "{\"patientId\": \"" + patient.id().value() + "\"}", "k-1"), 403, "api-key-scope");
        assertProblem(get("/api/v1/patients/" + patient.id().value() + "/consent-status", null), 401, "api-key-invalid");
        assertProblem(get("/api/v1/patients/" + patient.id().value() + "/consent-status", key.token().substring(0, key.token().length() - 1) + "x"), 401,
                "api-key-invalid");

        keys.revoke(key.client().keyId(), "chief");

        assertProblem(get("/api/v1/patients/" + patient.id().value() + "/consent-status", key.token()), 401, "api-key-invalid");
        assertThat(keys.all()).anySatisfy(listed -> {
            assertThat(listed.keyId()).isEqualTo(key.client().keyId());
            assertThat(listed.active()).isFalse();
        });
    }

    @Test
    void an_invitation_link_opens_the_journey_once_and_a_retry_with_its_key_invites_once() throws Exception {
        IssuedApiKey key = keys.create("Booking system", Set.of(ApiScope.CREATE_INVITATIONS), "chief");
        Patient patient = patients.register(TestPatients.newPatient("Invited", "010-5353-2222"), "nurse");
        String body = "{\"patientId\": \"" + patient.id().value() + "\"}";

        HttpResponse<String> invited = post("/api/v1/invitations", key.token(), body, "invite-1");
        HttpResponse<String> retried = post("/api/v1/invitations", key.token(), body, "invite-1");

        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        assertThat(retried.body()).isEqualTo(invited.body());
        JsonNode invitation = JSON.readTree(invited.body());
        assertThat(journeys.journeysOf(patient.id())).hasSize(1);
        String link = invitation.path("link").asString();
        assertThat(link).startsWith("http://127.0.0.1:" + port + "/journey/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        HttpResponse<String> session = post("/api/v1/patient/sessions", null, "{\"linkToken\": \"" + token + "\"}", "open-1");
        assertThat(session.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(session.body()).path("journey").path("journeyId").asString()).isEqualTo(invitation.path("journeyId").asString());
        assertProblem(post("/api/v1/invitations", key.token(), "{\"patientId\": \"P-NOSUCHONE2\"}", "invite-2"), 404, "patient-unknown");
        assertProblem(post("/api/v1/invitations", key.token(), "{\"patientId\": {\"$gt\": \"\"}}", "invite-3"), 400, "wrong-type");
    }

    @Test
    void a_hospital_system_registers_a_patient_and_an_appointment_and_bad_numbers_and_dates_are_refused() throws Exception {
        IssuedApiKey key = keys.create("Appointments", Set.of(ApiScope.CREATE_INVITATIONS), "chief");
        IssuedApiKey reader = keys.create("Reader", Set.of(ApiScope.READ_STATUS), "chief");
        long patientsBefore = mongo.getCollection("patients").countDocuments();
        String hospitalNumber = "H-" + System.nanoTime() % 1_000_000;

        for (String phone : java.util.List.of("02-123-4567", "+1 555 0100", "010-1234")) {
            HttpResponse<String> refused = post("/api/v1/patients", key.token(), "{\"name\": \"Kim\", \"phone\": \"" + phone
                    + "\", \"hospitalNumber\": \"" + hospitalNumber + "\", \"birthYear\": \"1950\"}", "reg-bad-" + phone);
            assertProblem(refused, 422, "registration-invalid");
            assertThat(refused.body()).as(phone).contains("phone: This is not a valid mobile number.");
        }
        assertThat(mongo.getCollection("patients").countDocuments()).isEqualTo(patientsBefore);
        String registration = "{\"name\": \"Kim Api\", \"phone\": \"010-6161-7272\", \"hospitalNumber\": \"" + hospitalNumber
                + "\", \"birthYear\": \"1950\"}";
        assertProblem(post("/api/v1/patients", reader.token(), registration, "reg-reader"), 403, "api-key-scope");
        HttpResponse<String> registered = post("/api/v1/patients", key.token(), registration, "reg-1");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String patientId = JSON.readTree(registered.body()).path("patientId").asString();
        assertThat(JSON.readTree(registered.body()).path("phoneEnding").asString()).isEqualTo("7272");

        String appointments = "/api/v1/patients/" + patientId + "/appointments";
        assertProblem(post(appointments, key.token(), "{\"at\": \"2020-01-01T09:00:00Z\"}", "appt-past"), 422, "appointment-invalid");
        assertProblem(post(appointments, key.token(), "{\"at\": \"2099-01-01T09:00:00Z\"}", "appt-far"), 422, "appointment-invalid");
        assertProblem(post(appointments, key.token(), "{\"at\": \"tomorrow\"}", "appt-text"), 400, "wrong-type");
        assertProblem(post(appointments, key.token(), "{\"at\": \"2026-12-30T09:00:00Z\", \"language\": \"fr\"}", "appt-fr"), 400, "invalid-field");
        String at = java.time.Instant.now().plus(java.time.Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        HttpResponse<String> scheduled = post(appointments, key.token(), "{\"at\": \"" + at + "\", \"language\": \"en\"}", "appt-1");
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
        assertThat(post(appointments, key.token(), "{\"at\": \"" + at + "\", \"language\": \"en\"}", "appt-1").body())
                .as("the same key answers the same").isEqualTo(scheduled.body());
        assertProblem(post(appointments, key.token(), "{\"at\": \"" + at + "\", \"language\": \"en\"}", "appt-2"), 422, "appointment-invalid");
        assertProblem(post(appointments, key.token(), "{\"at\": \"" + at + "\"}", null), 400, "idempotency-key-missing");
        var messages = reminders.messagesOf(new care.clearconsent.patients.PatientId(patientId));
        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.kind()).isEqualTo(care.clearconsent.reminders.MessageKind.APPOINTMENT);
            assertThat(message.dueAt()).isEqualTo(java.time.Instant.parse(at).minus(java.time.Duration.ofDays(1)));
        });
    }

    @Test
    void consent_status_pages_by_cursor_and_every_read_is_in_the_access_audit() throws Exception {
        IssuedApiKey key = keys.create("Records system", Set.of(ApiScope.READ_STATUS), "chief");
        Patient patient = patients.register(TestPatients.newPatient("Two Journeys", "010-5353-3333"), "nurse");
        JourneyId declined = journeys.start(patient.id(), "nurse", "desk").id();
        Origin tablet = new Origin(Actor.patient(patient.id().value()), "web-tablet");
        JourneyWalk.toDecision(journeys, declined, tablet);
        var atSignature = JourneyWalk.decideAndOpenSignature(journeys, declined, tablet, Decision.DECLINE, Map.of());
        journeys.sign(declined, tablet, atSignature.state().decisionHash().orElseThrow(), care.clearconsent.consent.SignatureMethod.PATIENT,
                care.clearconsent.consent.SignatureFixtures.inkedPng(), null, null);
        JourneyId later = journeys.start(patient.id(), "nurse", "desk").id();

        JsonNode first = JSON.readTree(get("/api/v1/patients/" + patient.id().value() + "/consent-status?limit=1", key.token()).body());
        JsonNode second = JSON.readTree(get("/api/v1/patients/" + patient.id().value() + "/consent-status?limit=1&cursor="
                + first.path("nextCursor").asString(), key.token()).body());

        assertThat(first.path("journeys").get(0).path("journeyId").asString()).isEqualTo(later.value());
        assertThat(second.path("journeys").get(0).path("journeyId").asString()).isEqualTo(declined.value());
        assertThat(second.path("journeys").get(0).path("status").asString()).isEqualTo("DECLINED");
        assertThat(second.path("nextCursor").isNull()).isTrue();
        for (JourneyId read : new JourneyId[] {declined, later}) {
            assertThat(journeys.events(read)).anySatisfy(event -> {
                assertThat(event.fact()).isInstanceOf(JourneyFact.RecordAccessed.class);
                assertThat(event.actor().id()).isEqualTo("api-key:Records system");
            });
        }
        assertProblem(get("/api/v1/patients/" + patient.id().value() + "/consent-status?cursor=bm90LW91cnM", key.token()), 400, "cursor-invalid");
    }

    @Test
    void fhir_consent_search_returns_the_packs_consent_which_hapi_reads_and_validates() throws Exception {
        IssuedApiKey key = keys.create("FHIR gateway", Set.of(ApiScope.READ_EVIDENCE), "chief");
        Patient patient = patients.register(TestPatients.newPatient("Fhir Patient", "010-5353-4444"), "nurse");
        JourneyId agreed = journeys.start(patient.id(), "nurse", "desk").id();
        JourneyWalk.agreeAndSign(journeys, agreed, new Origin(Actor.patient(patient.id().value()), "web-tablet"), true);

        HttpResponse<String> found = get("/fhir/r4/Consent?patient=" + patient.id().value(), key.token());

        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/fhir+json"));
        assertThat(FhirR4Validation.errors(found.body())).isEmpty();
        Bundle bundle = FhirR4Validation.FHIR.newJsonParser().parseResource(Bundle.class, found.body());
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        Consent consent = (Consent) bundle.getEntryFirstRep().getResource();
        Bundle pack = FhirR4Validation.FHIR.newJsonParser().parseResource(Bundle.class, new String(EvidencePackTest.unzip(
                packs.build(agreed, "compliance.lee", "desk", "internal-audit").zip()).get("consent.fhir.json"), StandardCharsets.UTF_8));
        Consent inPack = pack.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(Consent.class::isInstance)
                .map(Consent.class::cast).findFirst().orElseThrow();
        assertThat(consent.getProvision().equalsDeep(inPack.getProvision())).as("the same provisions as the pack").isTrue();
        assertThat(consent.getPolicyFirstRep().getUri()).isEqualTo(inPack.getPolicyFirstRep().getUri());
        assertThat(consent.getStatus()).isEqualTo(inPack.getStatus());
        assertThat(journeys.events(agreed)).anySatisfy(event -> assertThat(event.fact()).isEqualTo(new JourneyFact.RecordAccessed("fhir-consent", "care")));
        IssuedApiKey statusOnly = keys.create("Status only", Set.of(ApiScope.READ_STATUS), "chief");
        assertProblem(get("/fhir/r4/Consent?patient=" + patient.id().value(), statusOnly.token()), 403, "api-key-scope");
    }

    private HttpResponse<String> get(String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String key, String body, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String code) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"code\":\"" + code + "\"");
    }
}
