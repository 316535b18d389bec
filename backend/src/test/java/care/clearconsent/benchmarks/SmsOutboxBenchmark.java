package care.clearconsent.benchmarks;

import care.clearconsent.ClearConsentApplication;
import care.clearconsent.content.Language;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import care.clearconsent.patients.TestPatients;
import care.clearconsent.reminders.MessageKind;
import care.clearconsent.reminders.OutboxSweeper;
import care.clearconsent.reminders.SmsOutbox;
import care.clearconsent.reminders.TwilioFake;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Messages per second through the SMS outbox to a local fake of Twilio (WireMock on 127.0.0.1), on the embedded store
 * (H2 file, durable writes): each sweep claims, renders (a journey link and an opt-out link), stores the body, sends
 * with the Twilio SDK and records the outcome, one message after another. Beside it, in the same run, the fake's own
 * rate for the same request sent straight with the JDK's HTTP client: the ceiling the outbox is measured against.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class SmsOutboxBenchmark {

    static final int BATCH = 200;

    @State(Scope.Benchmark)
    public static class Server {
        ConfigurableApplicationContext context;
        TwilioFake twilio;
        SmsOutbox outbox;
        OutboxSweeper sweeper;
        List<Patient> patients = new ArrayList<>();
        HttpClient http;
        final AtomicLong round = new AtomicLong();

        @Setup(Level.Trial)
        public void start() throws Exception {
            twilio = new TwilioFake();
            List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.mongodb.uri=", "--clearconsent.store.in-memory=false",
                    "--clearconsent.store.data-directory=" + Files.createTempDirectory("clearconsent-sms-benchmark"), "--logging.level.root=WARN",
                    "--vaadin.productionMode=true", "--clearconsent.sms.sweep-automatically=false", "--clearconsent.sms.batch-size=" + BATCH,
                    // Round the clock: the benchmark must not wait for the morning.
                    "--clearconsent.institution.time-zone=Etc/GMT" + String.format("%+d", java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).getHour() - 12)));
            twilio.properties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
            context = new SpringApplicationBuilder(ClearConsentApplication.class).web(WebApplicationType.SERVLET).run(arguments.toArray(String[]::new));
            outbox = context.getBean(SmsOutbox.class);
            sweeper = context.getBean(OutboxSweeper.class);
            PatientRegistry registry = context.getBean(PatientRegistry.class);
            for (int i = 0; i < BATCH; i++) {
                patients.add(registry.register(TestPatients.newPatient("Benchmark", String.format("010-6%03d-%04d", i / 1000, i % 1000)), "nurse"));
            }
            http = HttpClient.newHttpClient();
            twilio.accept();
        }

        @TearDown(Level.Trial)
        public void stop() {
            context.close();
            twilio.close();
        }
    }

    @State(Scope.Thread)
    public static class Due {

        /** Outside the timed call: one due message per patient. */
        @Setup(Level.Invocation)
        public void schedule(Server server) {
            long round = server.round.incrementAndGet();
            for (Patient patient : server.patients) {
                server.outbox.schedule(patient, null, MessageKind.APPOINTMENT, Language.KO, Instant.now().minusSeconds(1),
                        Instant.now().plus(Duration.ofDays(2)), "benchmark:" + round + ":" + patient.id().value());
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int outboxToFake(Server server, Due due) {
        int sent = server.sweeper.sweep();
        if (sent != BATCH) {
            throw new IllegalStateException("a sweep sent " + sent + " of " + BATCH);
        }
        return sent;
    }

    @Benchmark
    public int fakeAlone(Server server) throws Exception {
        String form = "To=%2B821060000001&From=%2B15005550006&Body=benchmark&StatusCallback=https%3A%2F%2Fconsent.example.kr%2Fs";
        HttpResponse<Void> response = server.http.send(HttpRequest.newBuilder(URI.create(server.twilio.address() + "/2010-04-01/Accounts/"
                        + TwilioFake.ACCOUNT + "/Messages.json")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((TwilioFake.ACCOUNT + ":" + TwilioFake.AUTH_TOKEN)
                        .getBytes(StandardCharsets.UTF_8))).POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("the fake answered " + response.statusCode());
        }
        return response.statusCode();
    }
}
