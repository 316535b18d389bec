package care.clearconsent.consent;

import care.clearconsent.patients.TestPatients;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Opening a link over HTTP: exchanged once for an HttpOnly cookie and redirected to an address without the secret;
 * a second opening lands on the polite page. Behind a TLS proxy the cookie is Secure and HSTS is sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.forward-headers-strategy=native")
class JourneyLinkHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    ConsentJourneys journeys;
    @Autowired
    PatientRegistry patients;

    private final HttpClient http = HttpClient.newHttpClient();

    record Exchange(int status, String location, String setCookie, String referrerPolicy, String cacheControl) {

        String cookie() {
            return setCookie.split(";", 2)[0];
        }
    }

    /** Opens a journey link without following the redirect, as the first request of a tablet's browser. */
    static Exchange exchange(HttpClient http, int port, String token, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/journey/" + token)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        return new Exchange(response.statusCode(), response.headers().firstValue("Location").orElse(""),
                response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("cc-patient=")).findFirst().orElse(""),
                response.headers().firstValue("Referrer-Policy").orElse(""), response.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void a_link_redirects_once_to_an_address_without_the_secret_and_then_to_the_polite_page() throws Exception {
        String token = start("Oh");

        Exchange first = exchange(http, port, token);
        Exchange again = exchange(http, port, token);

        assertThat(first.status()).isEqualTo(303);
        assertThat(first.location()).endsWith("/journey").doesNotContain(token);
        assertThat(first.setCookie()).contains("HttpOnly").contains("SameSite=Lax").doesNotContain(token).doesNotContain("Secure");
        assertThat(first.referrerPolicy()).isEqualTo("no-referrer");
        assertThat(first.cacheControl()).contains("no-store");
        assertThat(again.status()).isEqualTo(303);
        assertThat(again.location()).endsWith("/link-invalid");
        assertThat(again.cookie()).isEqualTo("cc-patient=");
    }

    @Test
    void behind_a_tls_proxy_the_cookie_is_secure_and_hsts_is_sent() throws Exception {
        String token = start("Gu");

        Exchange proxied = exchange(http, port, token, "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9");
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(proxied.setCookie()).contains("Secure");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
        assertThat(login.headers().allValues("Set-Cookie")).allSatisfy(cookie -> assertThat(cookie).contains("Secure"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private String start(String name) {
        Patient patient = patients.register(TestPatients.newPatient(name, "010-6060-7070"), "nurse");
        return journeys.start(patient.id(), "nurse", "desk").linkToken();
    }
}
