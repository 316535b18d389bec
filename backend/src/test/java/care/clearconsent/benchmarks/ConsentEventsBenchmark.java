package care.clearconsent.benchmarks;

import care.clearconsent.patients.TestPatients;

import care.clearconsent.ClearConsentApplication;
import care.clearconsent.consent.Actor;
import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.JourneyId;
import care.clearconsent.consent.Origin;
import care.clearconsent.consent.Step;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Events per second written through the consent service (check input, replay the journey, append to the hash chain,
 * commit the H2 file) on the embedded store, as the app runs it. A new journey is started every
 * {@code eventsPerJourney} events, so the cost of replaying a journey stays at a realistic length.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class ConsentEventsBenchmark {

    @Param({"file", "memory"})
    public String store;

    @Param({"40"})
    public int eventsPerJourney;

    private ConfigurableApplicationContext context;
    private ConsentJourneys journeys;
    private PatientRegistry patients;
    private Path data;
    private JourneyId journey;
    private Origin origin;
    private int written;

    @Setup(Level.Trial)
    public void start() throws Exception {
        data = Files.createTempDirectory("clearconsent-benchmark");
        context = new SpringApplicationBuilder(ClearConsentApplication.class).web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--spring.mongodb.uri=", "--clearconsent.store.in-memory=" + store.equals("memory"),
                        "--clearconsent.store.data-directory=" + data, "--logging.level.root=WARN", "--vaadin.productionMode=true");
        journeys = context.getBean(ConsentJourneys.class);
        patients = context.getBean(PatientRegistry.class);
        newJourney();
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public Object acknowledgeSection() {
        if (++written % eventsPerJourney == 0) {
            newJourney();
        }
        return journeys.acknowledge(journey, origin, "ai-chest-xray");
    }

    private void newJourney() {
        Patient patient = patients.register(TestPatients.newPatient("Benchmark", "010-1234-5678"), "nurse");
        journey = journeys.start(patient.id(), "nurse", "benchmark").id();
        origin = new Origin(Actor.patient(patient.id().value()), "benchmark");
        journeys.show(journey, origin, Step.section("ai-chest-xray"), null);
        care.clearconsent.consent.JourneyWalk.showEveryPage(journeys, journey, origin, "ai-chest-xray");
    }
}
