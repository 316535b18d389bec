package care.clearconsent.benchmarks;

import care.clearconsent.ClearConsentApplication;
import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.JourneyAccess;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import care.clearconsent.patients.TestPatients;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The patient API's acknowledgement endpoint under 50 concurrent patients, over HTTP against the app on the embedded
 * store (H2 file, durable writes), next to the raw driver's insert rate into the same store in the same run. Sample
 * time mode gives requests per second and the latency percentiles. Each patient starts a new journey every
 * {@link #EVENTS_PER_JOURNEY} acknowledgements, so replaying a journey stays at a realistic length.
 */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
@Threads(50)
public class AcknowledgementApiBenchmark {

    static final int EVENTS_PER_JOURNEY = 40;
    static final String SECTION = "ai-chest-xray";

    @State(Scope.Benchmark)
    public static class Server {
        ConfigurableApplicationContext context;
        HttpClient http;
        String base;
        MongoCollection<Document> raw;
        final AtomicLong rawId = new AtomicLong();
        private Path data;

        @Setup(Level.Trial)
        public void start() throws Exception {
            data = Files.createTempDirectory("clearconsent-api-benchmark");
            context = new SpringApplicationBuilder(ClearConsentApplication.class).web(WebApplicationType.SERVLET)
                    .run("--server.port=0", "--spring.mongodb.uri=", "--clearconsent.store.in-memory=false",
                            "--clearconsent.store.data-directory=" + data, "--logging.level.root=WARN", "--vaadin.productionMode=true",
                            // One address stands for 50 phones here: the per-address budget would otherwise be the bottleneck.
                            "--clearconsent.api.rates.per-address-per-minute=100000000");
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            base = "http://127.0.0.1:" + port;
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            raw = context.getBean(MongoClient.class).getDatabase("clearconsent").getCollection("benchmark_raw_inserts");
        }

        @TearDown(Level.Trial)
        public void stop() {
            context.close();
        }
    }

    @State(Scope.Thread)
    public static class Phone {
        String token;
        int acknowledged;

        @Setup(Level.Trial)
        public void open(Server server) throws Exception {
            newJourney(server);
        }

        /** Outside the timed call: a new journey now and then, so replay cost stays realistic without timing its set-up. */
        @Setup(Level.Invocation)
        public void nextJourneyWhenLongEnough(Server server) throws Exception {
            if (++acknowledged % EVENTS_PER_JOURNEY == 0) {
                newJourney(server);
            }
        }

        void newJourney(Server server) throws Exception {
            ConsentJourneys journeys = server.context.getBean(ConsentJourneys.class);
            Patient patient = server.context.getBean(PatientRegistry.class).register(TestPatients.newPatient("Benchmark", "010-1234-5678"), "nurse");
            var started = journeys.start(patient.id(), "nurse", "benchmark");
            token = server.context.getBean(JourneyAccess.class).redeem(started.linkToken(), Duration.ofHours(1)).orElseThrow().secret();
            // Opened with every part seen, as the phone would have: only the acknowledgements are timed.
            var origin = new care.clearconsent.consent.Origin(care.clearconsent.consent.Actor.patient(patient.id().value()), "benchmark");
            journeys.show(started.id(), origin, care.clearconsent.consent.Step.section(SECTION), null);
            care.clearconsent.consent.JourneyWalk.showEveryPage(journeys, started.id(), origin, SECTION);
        }
    }

    @Benchmark
    public int acknowledgeOverHttp(Server server, Phone phone) throws Exception {
        return send(server, phone.token, "/api/v1/patient/journey/sections/" + SECTION + "/acknowledgement", "");
    }

    @Benchmark
    public Object rawDriverInsert(Server server) {
        return server.raw.insertOne(new Document("_id", server.rawId.incrementAndGet()).append("journeyId", "benchmark").append("fact", "x".repeat(200)));
    }

    static int send(Server server, String token, String path, String body) throws Exception {
        HttpResponse<Void> response = server.http.send(HttpRequest.newBuilder(URI.create(server.base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.statusCode();
    }
}
