package care.clearconsent.benchmarks;

import care.clearconsent.ClearConsentApplication;
import care.clearconsent.patients.NewPatient;
import care.clearconsent.patients.PatientPage;
import care.clearconsent.patients.PatientRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
 * What the nurse's list costs with 10 and with 100,000 registered patients on the embedded store: the first page,
 * a page deep in the past, and exact searches by hospital number, name and phone (each decrypting what it shows).
 * Every query is an equality on a unique index, so the figures should not grow with the number of patients.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class PatientListBenchmark {

    private static final int PAGE = 20;

    @Param({"10", "100000"})
    public int patients;

    private ConfigurableApplicationContext context;
    private PatientRegistry registry;
    private Path data;
    private long deepCursor;

    @Setup(Level.Trial)
    public void start() throws Exception {
        data = Files.createTempDirectory("clearconsent-benchmark");
        context = new SpringApplicationBuilder(ClearConsentApplication.class).web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--vaadin.productionMode=true", "--spring.mongodb.uri=", "--clearconsent.store.in-memory=true", "--clearconsent.store.data-directory=" + data,
                        "--clearconsent.store.key-directory=" + data.resolve("keys"), "--logging.level.root=WARN");
        registry = context.getBean(PatientRegistry.class);
        IntStream.range(0, patients).parallel().forEach(i -> registry.register(patient(i), "nurse"));
        deepCursor = Math.max(2, patients / 2);
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public PatientPage firstPage() {
        return registry.page(OptionalLong.empty(), PAGE);
    }

    @Benchmark
    public PatientPage pageInThePast() {
        return registry.page(OptionalLong.of(deepCursor), PAGE);
    }

    @Benchmark
    public List<?> findByHospitalNumber() {
        return registry.search(hospitalNumber(ThreadLocalRandom.current().nextInt(patients)));
    }

    @Benchmark
    public List<?> findByName() {
        return registry.search(name(ThreadLocalRandom.current().nextInt(patients)));
    }

    @Benchmark
    public List<?> findByPhone() {
        return registry.search(phone(ThreadLocalRandom.current().nextInt(patients)));
    }

    private static NewPatient patient(int i) {
        return new NewPatient(name(i), phone(i), hospitalNumber(i), Integer.toString(1930 + i % 70));
    }

    /** Letters only, as names are: the number written in letters a to j. */
    private static String name(int i) {
        return "Patient " + Integer.toString(i).chars().mapToObj(digit -> String.valueOf((char) ('a' + digit - '0'))).reduce("", String::concat);
    }

    private static String phone(int i) {
        return String.format("010-%04d-%04d", 1000 + i / 10_000, i % 10_000);
    }

    private static String hospitalNumber(int i) {
        return "BM-" + i;
    }
}
