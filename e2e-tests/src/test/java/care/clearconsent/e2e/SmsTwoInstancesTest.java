package care.clearconsent.e2e;

import static com.codeborne.selenide.Condition.attributeMatching;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.mongodb.client.MongoCollection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the production jar on one database send 1,000 due reminders through a local fake of Twilio; one is
 * killed (SIGKILL) while it holds a message it is sending. Every reminder reaches the fake exactly once: none twice,
 * none lost.
 */
class SmsTwoInstancesTest {

    private static final int REMINDERS = 1000;
    private static final ZoneId MIDDAY = ZoneId.of("Etc/GMT" + String.format("%+d", LocalDateTime.now(ZoneOffset.UTC).getHour() - 12));

    @Test
    void two_instances_send_a_thousand_reminders_once_each_also_when_one_is_killed_mid_send() throws Exception {
        try (TwilioFake twilio = new TwilioFake()) {
            twilio.delay(5);
            // Instances of one institution share its keys, as they would share CLEARCONSENT_DATA_KEY in production.
            String keys = Files.createTempDirectory("clearconsent-sms-keys").toString();
            ClearConsentServer first = configure(new ClearConsentServer(Files.createTempDirectory("clearconsent-sms-a")), twilio)
                    .withProperty("clearconsent.store.key-directory", keys);
            ClearConsentServer second = configure(new ClearConsentServer(Files.createTempDirectory("clearconsent-sms-b")), twilio)
                    .withProperty("clearconsent.store.key-directory", keys);
            try {
                first.start();
                second.withEnvironment("SPRING_MONGODB_URI", first.mongoUri() + "?w=1").start();
                String key = apiKey(first);

                long started = System.nanoTime();
                seed(first, second, key);
                long seeded = System.nanoTime();
                MongoCollection<Document> outbox = first.database().getCollection("sms_outbox");
                String killedWhileSending = killWhileSending(second, outbox, twilio);
                int sentAtKill = twilio.sent().size();
                awaitAllSettled(outbox);
                System.out.printf("SMS two instances: seeded %d reminders in %d ms; second instance killed after %d sends; all settled %d ms after "
                        + "seeding; %d look-ups at the fake%n", REMINDERS, (seeded - started) / 1_000_000, sentAtKill, (System.nanoTime() - seeded) / 1_000_000,
                        twilio.lookUps());

                List<TwilioFake.Sent> sent = twilio.sent();
                Map<String, Long> perNumber = sent.stream().collect(Collectors.groupingBy(TwilioFake.Sent::to, Collectors.counting()));
                assertThat(perNumber).as("every reminder reached Twilio").hasSize(REMINDERS);
                assertThat(perNumber.values()).as("no reminder twice").allMatch(count -> count == 1);
                assertThat(sent).hasSize(REMINDERS);
                assertThat(outbox.countDocuments(new Document("state", "SENT"))).isEqualTo(REMINDERS);
                Document held = outbox.find(new Document("_id", killedWhileSending)).first();
                assertThat(held.getString("state")).isEqualTo("SENT");
                assertThat(held.get("history", List.class).toString()).as("taken over after the kill")
                        .contains("the sender stopped while sending");
                Set<String> sweepers = outbox.find().into(new ArrayList<>()).stream()
                        .flatMap(message -> message.getList("history", Document.class).stream())
                        .map(change -> change.getString("detail")).filter(detail -> detail.startsWith("claimed by sweeper-"))
                        .map(detail -> detail.substring("claimed by sweeper-".length()).replaceAll("-.*", "")).collect(Collectors.toSet());
                assertThat(sweepers).as("both instances sent").contains(Long.toString(first.pid()), Long.toString(second.pid()));
            } finally {
                second.stop();
                first.stop();
            }
        }
    }

    private static ClearConsentServer configure(ClearConsentServer server, TwilioFake twilio) {
        twilio.properties("https://consent.example.kr").forEach(server::withProperty);
        return server.withProperty("clearconsent.sms.sweep-interval", "PT0.2S").withProperty("clearconsent.sms.batch-size", "20")
                .withProperty("clearconsent.sms.sending-lease", "PT4S").withProperty("clearconsent.sms.twilio-timeout", "PT3S")
                .withProperty("clearconsent.institution.time-zone", MIDDAY.getId())
                .withProperty("clearconsent.api.rates.per-api-key-per-minute", "1000000")
                .withProperty("clearconsent.api.rates.per-address-per-minute", "1000000");
    }

    /** An administrator creates a key for the appointment system in the browser; it is shown once. */
    private static String apiKey(ClearConsentServer server) {
        Browser.open(1280, 800, "en");
        try {
            new NurseDesk(server).signInAs(ClearConsentServer.ADMIN_USERNAME, ClearConsentServer.ADMIN_PASSWORD);
            Selenide.open(server.url("staff/api-keys"));
            $("#api-key-name input").setValue("Appointment system");
            $$("#api-key-scopes vaadin-checkbox").forEach(scope -> scope.click());
            $("#api-key-create").click();
            return $("#api-key-token input").shouldHave(attributeMatching("value", "cc_[a-z0-9]{12}_[A-Za-z0-9_-]{43}")).getValue();
        } finally {
            Browser.close();
        }
    }

    /** The appointment system registers 1,000 patients and their appointments in three hours: each reminder is due now. */
    private static void seed(ClearConsentServer first, ClearConsentServer second, String key) throws Exception {
        String at = Instant.now().plus(Duration.ofHours(3)).toString();
        try (HttpClient http = HttpClient.newHttpClient(); ExecutorService workers = Executors.newFixedThreadPool(8)) {
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < REMINDERS; i++) {
                int n = i;
                ClearConsentServer via = n % 2 == 0 ? first : second;
                done.add(workers.submit(() -> {
                    String phone = String.format("010-5%03d-%04d", n / 10_000, n % 10_000);
                    HttpResponse<String> patient = post(http, via, key, "/api/v1/patients", "{\"name\": \"Reminder " + letters(n) + "\", \"phone\": \"" + phone
                            + "\", \"hospitalNumber\": \"SMS-" + n + "\", \"birthYear\": \"1950\"}", "patient-" + n);
                    assertThat(patient.statusCode()).as(patient.body()).isEqualTo(201);
                    String id = patient.body().replaceAll(".*\"patientId\":\"([^\"]+)\".*", "$1");
                    HttpResponse<String> appointment = post(http, via, key, "/api/v1/patients/" + id + "/appointments", "{\"at\": \"" + at + "\"}",
                            "appointment-" + n);
                    assertThat(appointment.statusCode()).as(appointment.body()).isEqualTo(201);
                    return n;
                }));
            }
            for (Future<Integer> each : done) {
                each.get();
            }
        }
    }

    /** Waits until the second instance holds a message it is sending, with a good part already sent, and kills it. */
    private static String killWhileSending(ClearConsentServer second, MongoCollection<Document> outbox, TwilioFake twilio) {
        String claimedBySecond = "^sweeper-" + second.pid() + "-";
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < until) {
            Document held = outbox.find(new Document("state", "SENDING").append("claimedBy", new Document("$regex", claimedBySecond))).first();
            if (held != null && twilio.sent().size() >= REMINDERS / 4) {
                second.kill();
                return held.getString("_id");
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the second instance never held a message while sending (" + twilio.sent().size() + " sent)");
    }

    private static void awaitAllSettled(MongoCollection<Document> outbox) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < until) {
            if (outbox.countDocuments(new Document("state", new Document("$in", List.of("SCHEDULED", "SENDING")))) == 0) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("messages still waiting after 180 s: " + outbox.countDocuments(new Document("state", "SCHEDULED")) + " scheduled, "
                + outbox.countDocuments(new Document("state", "SENDING")) + " sending");
    }

    /** Names have letters only: 0 is "a", 27 is "bb". */
    private static String letters(int n) {
        StringBuilder name = new StringBuilder();
        int rest = n;
        do {
            name.append((char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return name.toString();
    }

    private static HttpResponse<String> post(HttpClient http, ClearConsentServer server, String key, String path, String body, String idempotencyKey)
            throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
