package care.clearconsent;

import care.clearconsent.patients.TestPatients;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.JourneyLinkHttpTestSupport;
import care.clearconsent.patients.PatientRegistry;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import care.clearconsent.staff.StaffRole;
import java.util.List;
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
            Map.entry("staff/publish", "ADMIN"),
            Map.entry("staff/api-keys", "ADMIN"),
            Map.entry("staff/journeys", "ADMIN,COMPLIANCE,NURSE"),
            Map.entry("staff/messages", "ADMIN,COMPLIANCE,NURSE"),
            Map.entry("sms/stop", "anyone (the opt-out link in a text message; acts only for the patient of that link)"));

    /**
     * Every action a screen takes on a feature's service and the roles whose pages can take it, found in the compiled
     * code ({@link StaffActions}). Patients' actions are "anyone": the journey screens act only on the journey their
     * patient-session cookie holds, which the service checks on every call.
     */
    private static final Map<String, String> ACTIONS = Map.ofEntries(
            // Shown in every staff page's header, but only built for administrators (StaffHeader checks the role).
            Map.entry("Alarms.markSeen", "ADMIN,COMPLIANCE,NURSE"),
            Map.entry("Alarms.open", "ADMIN,COMPLIANCE,NURSE"),
            Map.entry("ApiKeys.all", "ADMIN"),
            Map.entry("ApiKeys.create", "ADMIN"),
            Map.entry("ApiKeys.revoke", "ADMIN"),
            Map.entry("Checkpoints.verifierKey", "ADMIN,COMPLIANCE"),
            Map.entry("ConsentFiguresService.figures", "ADMIN,COMPLIANCE"),
            Map.entry("ConsentJourneys.acknowledge", "anyone"),
            Map.entry("ConsentJourneys.answer", "anyone"),
            Map.entry("ConsentJourneys.answerRequest", "NURSE"),
            Map.entry("ConsentJourneys.changeDisplay", "anyone"),
            Map.entry("ConsentJourneys.decide", "anyone"),
            Map.entry("ConsentJourneys.endSession", "anyone"),
            Map.entry("ConsentJourneys.find", "ADMIN,COMPLIANCE,NURSE"),
            Map.entry("ConsentJourneys.forSession", "anyone"),
            Map.entry("ConsentJourneys.heldBy", "anyone"),
            Map.entry("ConsentJourneys.holds", "anyone"),
            Map.entry("ConsentJourneys.issueLink", "NURSE"),
            Map.entry("ConsentJourneys.issueWithdrawalLink", "NURSE"),
            Map.entry("ConsentJourneys.journeysOf", "NURSE"),
            Map.entry("ConsentJourneys.keyPoints", "NURSE"),
            Map.entry("ConsentJourneys.listened", "anyone"),
            Map.entry("ConsentJourneys.makeRequest", "NURSE"),
            Map.entry("ConsentJourneys.openRequests", "NURSE"),
            Map.entry("ConsentJourneys.openedForWithdrawal", "anyone"),
            Map.entry("ConsentJourneys.raiseQuestion", "anyone"),
            Map.entry("ConsentJourneys.recent", "ADMIN,COMPLIANCE,NURSE"),
            Map.entry("ConsentJourneys.recordAssistance", "NURSE"),
            Map.entry("ConsentJourneys.resolveCue", "NURSE"),
            Map.entry("ConsentJourneys.show", "anyone"),
            Map.entry("ConsentJourneys.showPage", "anyone"),
            Map.entry("ConsentJourneys.sign", "anyone"),
            Map.entry("ConsentJourneys.start", "NURSE"),
            Map.entry("ConsentJourneys.takeBack", "NURSE"),
            Map.entry("ConsentJourneys.withdraw", "anyone"),
            Map.entry("ConsentJourneys.witnessFor", "anyone"),
            Map.entry("EvidencePacks.build", "ADMIN,COMPLIANCE"),
            Map.entry("EvidencePacks.openRecord", "ADMIN,COMPLIANCE,NURSE"),
            Map.entry("ExplanationCatalogue.byHash", "NURSE"),
            Map.entry("ExplanationCatalogue.changeSetting", "ADMIN"),
            Map.entry("ExplanationCatalogue.current", "ADMIN,COMPLIANCE,NURSE"),
            Map.entry("ExplanationCatalogue.diff", "NURSE"),
            Map.entry("ExplanationCatalogue.publishReviewed", "ADMIN"),
            Map.entry("ExplanationCatalogue.review", "ADMIN"),
            Map.entry("ExplanationCatalogue.settingChanges", "ADMIN"),
            Map.entry("ExplanationCatalogue.versions", "NURSE"),
            Map.entry("InstitutionSchedule.changeQuietHours", "ADMIN"),
            Map.entry("InstitutionSchedule.changeZone", "ADMIN"),
            Map.entry("InstitutionSchedule.quietHours", "ADMIN,COMPLIANCE,NURSE"),
            Map.entry("InstitutionSchedule.zone", "anyone"),
            Map.entry("PatientReads.of", "ADMIN,COMPLIANCE,NURSE"),
            Map.entry("PatientRegistry.find", "NURSE"),
            Map.entry("PatientRegistry.page", "NURSE"),
            Map.entry("PatientRegistry.recent", "NURSE"),
            Map.entry("PatientRegistry.register", "NURSE"),
            Map.entry("PatientRegistry.search", "NURSE"),
            Map.entry("SecurityLog.recent", "ADMIN,COMPLIANCE"),
            Map.entry("SmsOutbox.blockedNumbers", "ADMIN,COMPLIANCE,NURSE"),
            Map.entry("SmsOutbox.configured", "ADMIN,COMPLIANCE,NURSE"),
            Map.entry("SmsOutbox.messagesOf", "NURSE"),
            Map.entry("SmsOutbox.notDelivered", "ADMIN,COMPLIANCE,NURSE"),
            Map.entry("SmsOutbox.optIn", "NURSE"),
            // The nurse's switch, and the patient's own opt-out link (it acts only for the patient of that link).
            Map.entry("SmsOutbox.optOut", "anyone"),
            Map.entry("SmsOutbox.optedOut", "NURSE"),
            Map.entry("SmsOutbox.pending", "ADMIN,COMPLIANCE,NURSE"),
            Map.entry("SmsOutbox.preferenceHistory", "NURSE"),
            Map.entry("SmsOutbox.scheduleAppointment", "NURSE"),
            Map.entry("SmsOutbox.stopLinkPatient", "anyone"),
            // On the messages page, but its buttons are built only for nurses and administrators (MessagesView checks).
            Map.entry("SmsOutbox.unblock", "ADMIN,COMPLIANCE,NURSE"),
            Map.entry("SpeechService.available", "anyone"),
            Map.entry("SpeechService.speak", "anyone"),
            Map.entry("StaffAccounts.all", "ADMIN"),
            Map.entry("StaffAccounts.changeRoles", "ADMIN"),
            Map.entry("StaffAccounts.create", "ADMIN"),
            Map.entry("TabletPairings.newCode", "anyone"),
            Map.entry("TabletPairings.pair", "NURSE"),
            Map.entry("TabletPairings.poll", "anyone"));

    /** Who may visit: signed out, or signed in with each role alone. */
    private static final Map<String, java.util.Set<String>> VISITORS = Map.of("signed out", java.util.Set.of(),
            StaffRole.NURSE, java.util.Set.of(StaffRole.NURSE), StaffRole.COMPLIANCE, java.util.Set.of(StaffRole.COMPLIANCE),
            StaffRole.ADMIN, java.util.Set.of(StaffRole.ADMIN));

    /** Every HTTP endpoint outside Vaadin and what guards it. */
    private static final String PATIENT_SESSION = "the patient's session token (bearer), for its one journey";
    private static final Map<String, String> ENDPOINTS = Map.ofEntries(
            Map.entry("GET /api/v1/content/{version}/sections/{section}/audio", "anyone: published content"),
            Map.entry("GET /api/v1/content/{version}/questions/{question}/audio", "anyone: published content"),
            Map.entry("GET /api/v1/content/{version}/glossary/{term}/audio", "anyone: published content"),
            Map.entry("GET /api/v1/journey/screens/{screen}/audio", "the patient-session cookie"),
            Map.entry("GET /journey/{token}", "the one-time link itself"),
            Map.entry("GET /swagger-ui.html", "anyone: the API's description"),
            Map.entry("GET /api/openapi", "anyone: the API's description"),
            Map.entry("GET /api/openapi.yaml", "anyone: the API's description"),
            Map.entry("GET /api/openapi/swagger-config", "anyone: the API's description"),
            Map.entry("ANY /api/**", "anyone: a not-found problem"),
            Map.entry("ANY /fhir/**", "anyone: a not-found problem"),
            Map.entry("POST /api/v1/patient/sessions", "the one-time link token in its body"),
            Map.entry("GET /api/v1/patient/journey", PATIENT_SESSION),
            Map.entry("GET /api/v1/patient/journey/content", PATIENT_SESSION),
            Map.entry("GET /api/v1/patient/journey/receipt", PATIENT_SESSION),
            Map.entry("POST /api/v1/patient/journey/decision", PATIENT_SESSION),
            Map.entry("POST /api/v1/patient/journey/display", PATIENT_SESSION),
            Map.entry("POST /api/v1/patient/journey/listening", PATIENT_SESSION),
            Map.entry("POST /api/v1/patient/journey/questions-raised", PATIENT_SESSION),
            Map.entry("POST /api/v1/patient/journey/questions/{question}/answers", PATIENT_SESSION),
            Map.entry("POST /api/v1/patient/journey/requests", PATIENT_SESSION),
            Map.entry("POST /api/v1/patient/journey/sections/{section}/acknowledgement", PATIENT_SESSION),
            Map.entry("POST /api/v1/patient/journey/sections/{section}/pages/{page}", PATIENT_SESSION),
            Map.entry("POST /api/v1/patient/journey/signature", PATIENT_SESSION),
            Map.entry("POST /api/v1/patient/journey/steps", PATIENT_SESSION),
            Map.entry("POST /api/v1/patient/journey/withdrawal", PATIENT_SESSION),
            Map.entry("POST /api/v1/invitations", "an API key with the scope CREATE_INVITATIONS"),
            Map.entry("GET /api/v1/patients/{patientId}/consent-status", "an API key with the scope READ_STATUS"),
            Map.entry("GET /fhir/r4/Consent", "an API key with the scope READ_EVIDENCE"),
            Map.entry("POST /api/v1/patients", "an API key with the scope CREATE_INVITATIONS"),
            Map.entry("POST /api/v1/patients/{patientId}/appointments", "an API key with the scope CREATE_INVITATIONS"),
            Map.entry("POST /api/v1/sms/twilio/status/{messageId}", "Twilio's signature over the public address and the form (X-Twilio-Signature)"),
            Map.entry("POST /api/v1/sms/twilio/inbound", "Twilio's signature over the public address and the form (X-Twilio-Signature)"));

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    ConsentJourneys journeys;
    @Autowired
    PatientRegistry patients;
    @Autowired
    NavigationAccessControl navigation;
    @Autowired
    jakarta.servlet.ServletContext servletContext;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void every_page_declares_exactly_the_access_listed_here() throws Exception {
        Map<String, String> declared = new TreeMap<>();
        for (var candidate : pageScanner().findCandidateComponents("care.clearconsent")) {
            Class<?> view = Class.forName(candidate.getBeanClassName());
            declared.put(view.getAnnotation(Route.class).value(), access(view));
        }

        Map<String, String> expected = PAGES.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().startsWith("anyone") ? "anyone" : entry.getValue(), (a, b) -> a, TreeMap::new));
        assertThat(declared).isEqualTo(expected);
    }

    /**
     * Asks the application's own navigation access control, exactly as it decides on every navigation, whether each
     * visitor may open each page: a signed-out visitor only the public pages, each role exactly its pages.
     */
    @Test
    void each_role_and_a_signed_out_visitor_open_exactly_the_pages_listed_for_them() throws Exception {
        var router = new com.vaadin.flow.router.Router(com.vaadin.flow.server.startup.ApplicationRouteRegistry.getInstance(
                new com.vaadin.flow.server.VaadinServletContext(servletContext)));
        for (var candidate : pageScanner().findCandidateComponents("care.clearconsent")) {
            Class<?> view = Class.forName(candidate.getBeanClassName());
            String route = view.getAnnotation(Route.class).value();
            String allowed = PAGES.get(route);
            VISITORS.forEach((visitor, roles) -> {
                java.security.Principal principal = roles.isEmpty() ? null : () -> "someone-" + visitor;
                var context = new NavigationContext(router, view, new Location(route.isEmpty() ? "" : route + (route.equals("staff/journeys") ? "/j-1" : "")),
                        RouteParameters.empty(), principal, roles::contains, false);
                boolean expected = allowed.startsWith("anyone") || roles.stream().anyMatch(role -> List.of(allowed.split(",")).contains(role));
                assertThat(navigation.checkAccess(context, true).decision()).as(visitor + " opening /" + route)
                        .isEqualTo(expected ? AccessCheckDecision.ALLOW : AccessCheckDecision.DENY);
            });
        }
    }

    /**
     * Every action a screen takes (a call from a page, or a form or panel a page builds, to a feature's service) is
     * reachable only from the pages of the roles listed for it; a new action, or one moved to another role's page,
     * fails here until its access is decided.
     */
    @Test
    void each_action_a_screen_takes_is_reachable_only_by_the_roles_listed_for_it() {
        assertThat(StaffActions.reachable()).isEqualTo(new TreeMap<>(ACTIONS));
    }

    @Test
    void every_endpoint_is_listed_with_what_guards_it() {
        var found = mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getPatternValues().stream().noneMatch(pattern -> pattern.startsWith("/error")))
                .flatMap(info -> (info.getMethodsCondition().getMethods().isEmpty() ? java.util.Set.of("ANY")
                        : info.getMethodsCondition().getMethods().stream().map(Object::toString).collect(Collectors.toSet())).stream()
                        .flatMap(method -> info.getPatternValues().stream().map(pattern -> method + " " + pattern)))
                .collect(Collectors.toCollection(java.util.TreeSet::new));

        assertThat(found).containsExactlyInAnyOrderElementsOf(ENDPOINTS.keySet());
    }

    /**
     * Every endpoint on a patient's journey refuses a call without a live session token, before reading anything of
     * it: no token, a made-up one, a link token used as one, and the token of a session that ended.
     */
    @Test
    void each_patient_endpoint_refuses_a_call_without_a_live_session_token() throws Exception {
        var patient = patients.register(TestPatients.newPatient("Cho", "010-8282-9292"), "nurse");
        String linkToken = journeys.start(patient.id(), "nurse", "desk").linkToken();
        String ended = JourneyLinkHttpTestSupport.exchangeForCookie(http, port, journeys.issueLink(journeys.journeysOf(patient.id()).getFirst().id(), "nurse"))
                .replaceFirst("^[^=]*=", "");
        journeys.endSession(ended);
        for (String endpoint : ENDPOINTS.keySet().stream().filter(e -> ENDPOINTS.get(e).equals(PATIENT_SESSION)).sorted().toList()) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "1");
            for (String token : new String[] {null, "made-up", linkToken, ended}) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Content-Type", "application/json")
                        .header("Idempotency-Key", java.util.UUID.randomUUID().toString());
                if (token != null) {
                    request.header("Authorization", "Bearer " + token);
                }
                request.method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("{\"not\": \"valid\"}") : HttpRequest.BodyPublishers.noBody());
                HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(endpoint + " with " + token).isEqualTo(401);
                assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(answer.body()).contains("session-invalid");
            }
        }
    }

    @Test
    void strangers_are_sent_to_sign_in_for_staff_pages_and_get_nothing_private() throws Exception {
        for (String page : STAFF_PAGES) {
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
        for (String page : STAFF_PAGES) {
            assertThat(get("/" + page, cookie).statusCode()).as(page).isEqualTo(302);
        }
    }

    @Test
    void a_tablet_in_patient_mode_holding_a_journey_reaches_no_staff_page() throws Exception {
        var patient = patients.register(TestPatients.newPatient("Bae", "010-8181-9191"), "nurse");
        java.net.CookieManager jar = new java.net.CookieManager();
        HttpClient tablet = HttpClient.newBuilder().cookieHandler(jar).build();
        assertThat(tablet.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/tablet")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        String token = journeys.start(patient.id(), "nurse", "desk").linkToken();
        tablet.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/journey/" + token)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(jar.getCookieStore().getCookies()).as("the tablet holds the journey").isNotEmpty();

        for (String page : STAFF_PAGES) {
            HttpResponse<Void> answer = tablet.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/" + page)).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(answer.statusCode()).as(page).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).as(page).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        }
    }

    private static final String[] STAFF_PAGES = {"staff", "staff/systems", "staff/versions", "staff/accounts", "staff/evidence", "staff/security",
        "staff/figures", "staff/settings", "staff/publish", "staff/api-keys", "staff/journeys/some-journey", "staff/messages"};

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static ClassPathScanningCandidateComponentProvider pageScanner() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner;
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
