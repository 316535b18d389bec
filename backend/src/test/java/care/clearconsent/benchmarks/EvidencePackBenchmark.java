package care.clearconsent.benchmarks;

import care.clearconsent.patients.TestPatients;

import care.clearconsent.ClearConsentApplication;
import care.clearconsent.consent.Actor;
import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.JourneyId;
import care.clearconsent.consent.JourneyWalk;
import care.clearconsent.consent.Origin;
import care.clearconsent.evidence.Checkpoints;
import care.clearconsent.evidence.EvidencePacks;
import care.clearconsent.evidence.PackVerifier;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The evidence pack of one signed journey: the time to build it (access event, checkpoint, PDF/A, FHIR, proofs,
 * signed manifest) and the time the offline verifier takes to check it.
 */
@Fork(value = 1, jvmArgs = "-Xmx2g")
@State(Scope.Benchmark)
public class EvidencePackBenchmark {

    ConfigurableApplicationContext context;
    EvidencePacks packs;
    JourneyId journey;
    String verifierKey;
    byte[] pack;

    @Setup(Level.Trial)
    public void start() throws Exception {
        context = new SpringApplicationBuilder(ClearConsentApplication.class).web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--spring.mongodb.uri=", "--clearconsent.store.in-memory=true",
                        "--clearconsent.evidence.directory=" + Files.createTempDirectory("clearconsent-pack-benchmark"),
                        "--clearconsent.store.key-directory=" + Files.createTempDirectory("clearconsent-pack-keys"),
                        "--clearconsent.evidence.checkpoint-interval=PT24H", "--logging.level.root=WARN", "--vaadin.productionMode=true");
        ConsentJourneys journeys = context.getBean(ConsentJourneys.class);
        Patient patient = context.getBean(PatientRegistry.class).register(TestPatients.newPatient("Benchmark", "010-1234-5678"), "nurse");
        journey = journeys.start(patient.id(), "nurse", "benchmark").id();
        JourneyWalk.agreeAndSign(journeys, journey, new Origin(Actor.patient(patient.id().value()), "benchmark"), true);
        packs = context.getBean(EvidencePacks.class);
        verifierKey = context.getBean(Checkpoints.class).verifierKey();
        pack = packs.build(journey, "benchmark", "benchmark", "internal-audit").zip();
        System.out.println("Pack of one signed journey: " + pack.length / 1024 + " KB");
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 10)
    public byte[] buildPack() {
        return packs.build(journey, "benchmark", "benchmark", "internal-audit").zip();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 10)
    public boolean verifyPackOffline() {
        return PackVerifier.verify(pack, verifierKey).holds();
    }
}
