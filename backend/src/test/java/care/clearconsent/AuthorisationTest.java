package care.clearconsent;

import care.clearconsent.patients.TestPatients;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.JourneyLinkHttpTestSupport;
import care.clearconsent.patients.PatientRegistry;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may reach what. Every page and every HTTP endpoint of the application is listed here with who may use it; a new
 * one that is not added to these tables fails this test, so nothing reaches production without a decision on access.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorisationTest {

    /** Every Vaadin route and who may open it: anyone, or the roles named. */
    private static final Map<String, String> PAGES = Map.ofEntries(
            Map.entry("", "anyone"),
            Map.entry("login", "anyone"),
            Map.entry("journey", "anyone (shows only the journey its patient-session cookie holds)"),
            Map.entry("link-invalid", "anyone"),
            Map.entry("tablet-returned", "anyone"),
            Map.entry("tablet", "anyone (a tablet in patient mode shows its pairing code)"),
            Map.entry("staff", "NURSE"),
            Map.entry("staff/systems", "NURSE"),
            Map.entry("staff/versions", "NURSE"),
            Map.entry("staff/accounts", "ADMIN"),
            Map.entry("staff/evidence", "ADMIN,COMPLIANCE"),
            Map.entry("staff/security", "ADMIN,COMPLIANCE"),
            Map.entry("staff/figures", "ADMIN,COMPLIANCE"),
            Map.entry("staff/settings", "ADMIN"),
            Map.entry("staff/journeys", "ADMIN,COMPLIANCE,NURSE"));

    /** Every HTTP endpoint outside Vaadin and what guards it. */
    private static final Map<String, String> ENDPOINTS = Map.of(
            "GET /api/v1/content/{version}/sections/{section}/audio", "anyone: published content",
            "GET /api/v1/content/{version}/questions/{question}/audio", "anyone: published content",
            "GET /api/v1/content/{version}/glossary/{term}/audio", "anyone: published content",
            "GET /api/v1/journey/screens/{screen}/audio", "the patient-session cookie",
            "GET /journey/{token}", "the one-time link itself");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    ConsentJourneys journeys;
    @Autowired
    PatientRegistry patients;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void every_page_declares_exactly_the_access_listed_here() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, String> declared = new TreeMap<>();
        for (var candidate : scanner.findCandidateComponents("care.clearconsent")) {
            Class<?> view = Class.forName(candidate.getBeanClassName());
            declared.put(view.getAnnotation(Route.class).value(), access(view));
        }

        Map<String, String> expected = PAGES.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().startsWith("anyone") ? "anyone" : entry.getValue(), (a, b) -> a, TreeMap::new));
        assertThat(declared).isEqualTo(expected);
    }

    @Test
    void every_endpoint_is_listed_with_what_guards_it() {
        var found = mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getPatternValues().stream().noneMatch(pattern -> pattern.startsWith("/error")))
                .flatMap(info -> info.getMethodsCondition().getMethods().stream()
                        .flatMap(method -> info.getPatternValues().stream().map(pattern -> method + " " + pattern)))
                .collect(Collectors.toCollection(java.util.TreeSet::new));

        assertThat(found).containsExactlyInAnyOrderElementsOf(ENDPOINTS.keySet());
    }

    @Test
    void strangers_are_sent_to_sign_in_for_staff_pages_and_get_nothing_private() throws Exception {
        for (String page : new String[] {"staff", "staff/systems", "staff/versions", "staff/accounts", "staff/evidence", "staff/security", "staff/figures", "staff/settings", "staff/journeys/some-journey"}) {
            HttpResponse<String> answer = get("/" + page, null);
            assertThat(answer.statusCode()).as(page).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).as(page).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        }
        assertThat(get("/api/v1/journey/screens/receipt/audio?language=en", null).statusCode()).isEqualTo(404);
        // Styles, scripts and the icon are public: the sign-in page itself needs them.
        assertThat(get("/icons/favicon.svg", null).statusCode()).isEqualTo(200);
        assertThat(get("/styles/clearconsent.css", null).statusCode()).isEqualTo(200);
    }

    @Test
    void a_patient_session_opens_its_own_journey_screens_and_no_staff_page() throws Exception {
        var patient = patients.register(TestPatients.newPatient("Ahn", "010-8080-9090"), "nurse");
        String token = journeys.start(patient.id(), "nurse", "desk").linkToken();
        String cookie = JourneyLinkHttpTestSupport.exchangeForCookie(http, port, token);

        assertThat(get("/api/v1/journey/screens/welcome/audio?language=en", cookie).statusCode()).isEqualTo(200);
        assertThat(get("/staff", cookie).statusCode()).isEqualTo(302);
        assertThat(get("/staff/accounts", cookie).statusCode()).isEqualTo(302);
        assertThat(get("/staff/evidence", cookie).statusCode()).isEqualTo(302);
        assertThat(get("/staff/security", cookie).statusCode()).isEqualTo(302);
        assertThat(get("/staff/figures", cookie).statusCode()).isEqualTo(302);
        assertThat(get("/staff/settings", cookie).statusCode()).isEqualTo(302);
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String access(Class<?> view) {
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return "anyone";
        }
        if (view.isAnnotationPresent(RolesAllowed.class)) {
            return Arrays.stream(view.getAnnotation(RolesAllowed.class).value()).sorted().collect(Collectors.joining(","));
        }
        return view.isAnnotationPresent(PermitAll.class) ? "any signed-in staff" : "nobody (no access annotation)";
    }
}
