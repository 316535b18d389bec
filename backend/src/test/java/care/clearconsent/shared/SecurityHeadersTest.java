package care.clearconsent.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every kind of answer carries the security headers: a patient page, a staff page, the audio API and its errors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"/link-invalid", "/journey", "/login", "/staff", "/api/v1/journey/screens/welcome/audio?language=ko",
            "/api/v1/content/nope/sections/nope/audio?language=ko", "/journey/" + "A" + "bcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ"})
    void answers_carry_a_strict_content_security_policy_and_no_referrer(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(policy).as(path).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        assertThat(response.headers().allValues("Set-Cookie")).as(path)
                .allSatisfy(cookie -> assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite"));
    }
}
