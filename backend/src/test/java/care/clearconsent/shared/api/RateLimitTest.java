package care.clearconsent.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/** Over its budget an address gets 429 with Retry-After and a problem, for token exchange and for any API call. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clearconsent.api.rates.token-exchanges-per-minute=5", "clearconsent.api.rates.per-address-per-minute=40",
        "clearconsent.api.cors-origins=https://phone.clinic.example", "clearconsent.api.rates.per-api-key-per-minute=3"})
@DirtiesContext
// The flood uses up the address's budget, so it comes last.
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class RateLimitTest {

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    care.clearconsent.integration.ApiKeys keys;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @org.junit.jupiter.api.Order(3)
    void guessing_link_tokens_is_stopped_after_the_budget_and_so_is_any_flood() throws Exception {
        List<Integer> exchanges = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            exchanges.add(send(HttpRequest.newBuilder(uri("/api/v1/patient/sessions")).header("Content-Type", "application/json")
                    .header("Idempotency-Key", "guess-" + i).POST(HttpRequest.BodyPublishers.ofString("{\"linkToken\": \"guess-" + i + "\"}"))).statusCode());
        }
        assertThat(exchanges.subList(0, 5)).containsOnly(401);
        assertThat(exchanges.subList(5, 7)).containsOnly(429);

        HttpResponse<String> limited = null;
        for (int i = 0; i < 40 && (limited == null || limited.statusCode() != 429); i++) {
            limited = send(HttpRequest.newBuilder(uri("/api/v1/patient/journey")).GET());
        }
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
        assertThat(limited.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(limited.body()).contains("\"code\":\"rate-limited\"");
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void each_api_key_has_its_own_budget() throws Exception {
        String key = keys.create("Busy system", java.util.Set.of(care.clearconsent.integration.ApiScope.READ_STATUS), "chief").token();
        String other = keys.create("Quiet system", java.util.Set.of(care.clearconsent.integration.ApiScope.READ_STATUS), "chief").token();
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(send(HttpRequest.newBuilder(uri("/api/v1/patients/P-2222222222/consent-status")).header("Authorization", "Bearer " + key)).statusCode());
        }
        assertThat(answers.subList(0, 3)).as("within the budget: the patient is unknown").containsOnly(404);
        assertThat(answers.get(3)).isEqualTo(429);
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/patients/P-2222222222/consent-status")).header("Authorization", "Bearer " + other))
                .statusCode()).as("another key is not held back").isEqualTo(404);
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void a_configured_origin_may_call_from_a_browser_and_no_other() throws Exception {
        HttpResponse<String> allowed = send(preflight("https://phone.clinic.example").uri(uri("/api/v1/patient/journey/steps")));
        HttpResponse<String> other = send(preflight("https://evil.example").uri(uri("/api/v1/patient/journey/steps")));

        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://phone.clinic.example");
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(other.statusCode()).isEqualTo(403);
    }

    static HttpRequest.Builder preflight(String origin) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + 0 + "/")).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", "POST");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
