package care.clearconsent.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.clearconsent.ClearConsentApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The prod profile starts only with an administrator and without demo staff, and says why when it refuses. */
class ProductionProfileTest {

    private static final String ADMIN_PASSWORD = "long-secret-for-the-clinic-42";

    @Test
    void prod_refuses_to_start_without_an_administrator() {
        assertThatThrownBy(() -> start("prod").close())
                .hasStackTraceContaining("The prod profile refuses to start")
                .hasStackTraceContaining("there is no administrator");
    }

    @Test
    void prod_refuses_to_start_with_the_demo_profile() {
        assertThatThrownBy(() -> start("prod,demo", "--clearconsent.staff.first-admin.username=admin",
                "--clearconsent.staff.first-admin.password=" + ADMIN_PASSWORD).close())
                .hasStackTraceContaining("together with the demo profile");
    }

    @Test
    void prod_refuses_the_demo_password_for_the_first_administrator() {
        assertThatThrownBy(() -> start("prod", "--clearconsent.staff.first-admin.username=admin",
                "--clearconsent.staff.first-admin.password=" + StaffAccounts.DEMO_PASSWORD).close())
                .hasStackTraceContaining("CLEARCONSENT_STAFF_FIRST_ADMIN_PASSWORD");
    }

    @Test
    void prod_starts_with_an_administrator_who_signs_in_and_the_demo_password_does_not() throws Exception {
        try (ConfigurableApplicationContext app = start("prod", "--clearconsent.staff.first-admin.username=Admin",
                "--clearconsent.staff.first-admin.password=" + ADMIN_PASSWORD)) {
            assertThat(app.getBean(StaffAccounts.class).all()).extracting(StaffMember::username).containsExactly("admin");
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();

            assertThat(signIn(port, "nurse", StaffAccounts.DEMO_PASSWORD)).contains("/login?error");
            assertThat(signIn(port, "admin", StaffAccounts.DEMO_PASSWORD)).contains("/login?error");
            assertThat(signIn(port, "admin", ADMIN_PASSWORD)).as("to the workspace of the role").endsWith("/").doesNotContain("login");
        }
    }

    @Test
    void repeated_failed_sign_ins_pause_the_account_even_for_the_right_password() throws Exception {
        try (ConfigurableApplicationContext app = start("prod", "--clearconsent.staff.first-admin.username=admin",
                "--clearconsent.staff.first-admin.password=" + ADMIN_PASSWORD, "--clearconsent.staff.sign-in.failures-per-account=3")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            for (int attempt = 0; attempt < 3; attempt++) {
                assertThat(signIn(port, "admin", "wrong-password-" + attempt)).contains("/login?error");
            }

            assertThat(signIn(port, "admin", ADMIN_PASSWORD)).contains("/login?throttled");
        }
    }

    @Test
    void without_the_demo_profile_there_is_no_demo_nurse() {
        try (ConfigurableApplicationContext app = start("default")) {
            assertThat(app.getBean(StaffAccounts.class).all()).isEmpty();
        }
        try (ConfigurableApplicationContext app = start("demo")) {
            assertThat(app.getBean(StaffAccounts.class).all()).extracting(StaffMember::username).containsExactly("nurse");
        }
    }

    /** Posts the sign-in form and returns where it redirects. */
    static String signIn(int port, String username, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String base = "http://127.0.0.1:" + port;
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=" + java.net.URLEncoder.encode(username, java.nio.charset.StandardCharsets.UTF_8)
                + "&password=" + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8);
        var csrf = java.util.regex.Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        var parameter = java.util.regex.Pattern.compile("name=\"_csrf_parameter\" content=\"([^\"]+)\"").matcher(page);
        if (csrf.find() && parameter.find()) {
            form += "&" + parameter.group(1) + "=" + java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8);
        }
        HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        return answer.headers().firstValue("Location").orElse("(status " + answer.statusCode() + ")");
    }

    /** A freshly generated institution key, as production configures one (base64 PKCS#8 Ed25519). */
    private static final String SIGNING_KEY = generatedSigningKey();

    @Test
    void prod_refuses_to_start_without_the_institutions_signing_key() {
        assertThatThrownBy(() -> startWithoutKey("prod", "--clearconsent.staff.first-admin.username=admin",
                "--clearconsent.staff.first-admin.password=" + ADMIN_PASSWORD, "--clearconsent.store.data-key=" + DATA_KEY).close())
                .hasStackTraceContaining("CLEARCONSENT_EVIDENCE_SIGNING_KEY");
    }

    @Test
    void prod_refuses_to_start_without_the_key_that_encrypts_personal_data() {
        assertThatThrownBy(() -> startWithoutKey("prod", "--clearconsent.staff.first-admin.username=admin",
                "--clearconsent.staff.first-admin.password=" + ADMIN_PASSWORD, "--clearconsent.evidence.signing-key=" + SIGNING_KEY).close())
                .hasStackTraceContaining("CLEARCONSENT_DATA_KEY");
    }

    private static ConfigurableApplicationContext start(String profiles, String... arguments) {
        List<String> args = new ArrayList<>(List.of(arguments));
        args.add("--clearconsent.evidence.signing-key=" + SIGNING_KEY);
        args.add("--clearconsent.store.data-key=" + DATA_KEY);
        return startWithoutKey(profiles, args.toArray(String[]::new));
    }

    private static final String DATA_KEY = generatedDataKey();

    private static String generatedDataKey() {
        return care.clearconsent.shared.PersonalDataCipher.newDataKey();
    }

    private static String generatedSigningKey() {
        try {
            return java.util.Base64.getEncoder().encodeToString(
                    java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The institution's own content (the shipped files, marked as its own) and the settings prod needs decided. */
    private static final List<String> READY_FOR_PATIENTS = List.of("--clearconsent.content.directory=" + institutionContent(),
            "--clearconsent.institution.settings.privacy-officer=Privacy officer Kim Ji-won, 02-555-0100",
            "--clearconsent.institution.settings.decline-ai-chest-xray=offered",
            "--clearconsent.institution.settings.decline-ai-early-warning=not-offered");

    @Test
    void prod_refuses_to_start_with_demonstration_content_naming_it() {
        assertThatThrownBy(() -> startProdReadyBut(0).close())
                .hasStackTraceContaining("The prod profile refuses to start")
                .hasStackTraceContaining("the explanation is demonstration content")
                .hasStackTraceContaining("CLEARCONSENT_CONTENT_DIRECTORY");
    }

    @Test
    void prod_refuses_to_start_while_the_privacy_officer_is_not_set_naming_the_setting() {
        assertThatThrownBy(() -> startProdReadyBut(1).close())
                .hasStackTraceContaining("the institution setting 'privacy-officer'")
                .hasStackTraceContaining("CLEARCONSENT_INSTITUTION_SETTINGS_PRIVACY_OFFICER")
                .satisfies(refused -> assertThat(refused).rootCause().message().doesNotContain("demonstration"));
    }

    @Test
    void demonstration_content_is_used_outside_prod_and_the_institutions_own_folder_replaces_it() {
        try (ConfigurableApplicationContext app = startAsIs("default")) {
            assertThat(app.getBean(care.clearconsent.explanation.ExplanationCatalogue.class).current().content().demonstration()).isTrue();
        }
        try (ConfigurableApplicationContext app = startAsIs("default", READY_FOR_PATIENTS.toArray(String[]::new))) {
            assertThat(app.getBean(care.clearconsent.explanation.ExplanationCatalogue.class).current().content().demonstration()).isFalse();
        }
    }

    /** Production with an administrator and both keys, and the institution ready for patients but for one part of it. */
    private static ConfigurableApplicationContext startProdReadyBut(int omitted) {
        List<String> args = new ArrayList<>(List.of("--clearconsent.staff.first-admin.username=admin",
                "--clearconsent.staff.first-admin.password=" + ADMIN_PASSWORD, "--clearconsent.evidence.signing-key=" + SIGNING_KEY,
                "--clearconsent.store.data-key=" + DATA_KEY));
        args.addAll(READY_FOR_PATIENTS);
        args.remove(READY_FOR_PATIENTS.get(omitted));
        return startAsIs("prod", args.toArray(String[]::new));
    }

    private static ConfigurableApplicationContext startWithoutKey(String profiles, String... arguments) {
        List<String> args = new ArrayList<>(READY_FOR_PATIENTS);
        args.addAll(List.of(arguments));
        return startAsIs(profiles, args.toArray(String[]::new));
    }

    private static ConfigurableApplicationContext startAsIs(String profiles, String... arguments) {
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=" + profiles, "--server.port=0", "--spring.mongodb.uri=",
                "--clearconsent.store.in-memory=true"));
        args.addAll(List.of(arguments));
        return new SpringApplicationBuilder(ClearConsentApplication.class).web(WebApplicationType.SERVLET).run(args.toArray(String[]::new));
    }

    /** A copy of the shipped content files in a temporary folder, marked as the institution's own (not a demonstration). */
    private static java.nio.file.Path institutionContent() {
        return care.clearconsent.explanation.ContentFolders.copyOfShipped(text -> text.replace("demonstration: true", "demonstration: false"));
    }
}
