package care.clearconsent.consent;

import care.clearconsent.patients.TestPatients;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A journey's own screens are spoken only to the browser holding the journey; the personal receipt is never cached. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScreenAudioApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ConsentJourneys journeys;
    @Autowired
    PatientRegistry patients;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void welcome_decision_signature_and_receipt_are_spoken_and_the_receipt_is_not_cached() throws Exception {
        Patient patient = patients.register(TestPatients.newPatient("Bae", "010-2020-3030"), "nurse");
        StartedJourney started = journeys.start(patient.id(), "nurse", "desk");
        String cookie = JourneyLinkHttpTest.exchange(http, port, started.linkToken()).cookie();
        Origin tablet = new Origin(Actor.patient(patient.id().value()), "tablet");
        JourneyWalk.toDecision(journeys, started.id(), tablet);
        journeys.decide(started.id(), tablet, Decision.AGREE, Map.of("improve-ai", true), JourneyWalk.EVERY_SYSTEM_USED);

        for (String screen : new String[] {"welcome", "decision", "signature", "receipt"}) {
            HttpResponse<byte[]> audio = get(cookie, screen, "language=ko&rate=slow");
            assertThat(audio.statusCode()).as(screen).isEqualTo(200);
            assertThat(audio.headers().firstValue("Content-Type")).contains("audio/mpeg");
            assertThat(audio.body().length).as(screen).isGreaterThan(4_000);
        }
        assertThat(get(cookie, "receipt", "language=en").headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void no_session_a_made_up_session_or_an_unknown_screen_gets_a_problem_and_no_audio() throws Exception {
        Patient patient = patients.register(TestPatients.newPatient("Yoo", "010-4040-5050"), "nurse");
        StartedJourney started = journeys.start(patient.id(), "nurse", "desk");
        String cookie = JourneyLinkHttpTest.exchange(http, port, started.linkToken()).cookie();

        HttpResponse<byte[]> noSession = get(null, "welcome", "language=ko");
        HttpResponse<byte[]> madeUp = get("cc-patient=" + "A".repeat(43), "welcome", "language=ko");
        HttpResponse<byte[]> unknownScreen = get(cookie, "settings", "language=ko");
        HttpResponse<byte[]> badRate = get(cookie, "welcome", "language=ko&rate=quick");

        assertThat(noSession.statusCode()).isEqualTo(404);
        assertThat(madeUp.statusCode()).isEqualTo(404);
        assertThat(madeUp.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(unknownScreen.statusCode()).isEqualTo(404);
        assertThat(badRate.statusCode()).isEqualTo(400);
        assertThat(new String(badRate.body())).contains("rate must be normal or slow");
    }

    private HttpResponse<byte[]> get(String cookie, String screen, String query) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/journey/screens/" + screen + "/audio?" + query);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
