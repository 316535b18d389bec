package care.clearconsent.benchmarks;

import care.clearconsent.patients.TestPatients;

import care.clearconsent.ClearConsentApplication;
import care.clearconsent.consent.Actor;
import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.JourneyId;
import care.clearconsent.consent.Origin;
import care.clearconsent.consent.Step;
import care.clearconsent.consent.internal.EventCanonicalForm;
import care.clearconsent.consent.internal.EventHasher;
import care.clearconsent.evidence.Checkpoints;
import care.clearconsent.evidence.LogVerifier;
import care.clearconsent.evidence.Merkle;
import care.clearconsent.evidence.TransparencyLog;
import care.clearconsent.evidence.internal.LeafDocument;
import care.clearconsent.evidence.internal.NodeDocument;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.ObjectId;
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
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The transparency log's costs on the in-memory embedded store: events per second with the tree kept up to date,
 * signing a checkpoint, an inclusion proof in a log of 1,000,000 events, and verifying a store of 100,000 events.
 */
@Fork(value = 1, jvmArgs = "-Xmx3g")
public class TransparencyLogBenchmark {

    /** A running app with one journey on a fact card, as the consent-events benchmark uses. */
    @State(Scope.Benchmark)
    public static class App {
        ConfigurableApplicationContext context;
        ConsentJourneys journeys;
        TransparencyLog log;
        Checkpoints checkpoints;
        JourneyId journey;
        Origin origin;
        int written;

        @Setup(Level.Trial)
        public void start() throws Exception {
            context = new SpringApplicationBuilder(ClearConsentApplication.class).web(WebApplicationType.SERVLET)
                    .run("--server.port=0", "--spring.mongodb.uri=", "--clearconsent.store.in-memory=true",
                            "--clearconsent.evidence.directory=" + Files.createTempDirectory("clearconsent-log-benchmark"),
                            "--clearconsent.evidence.checkpoint-interval=PT24H", "--logging.level.root=WARN", "--vaadin.productionMode=true");
            journeys = context.getBean(ConsentJourneys.class);
            log = context.getBean(TransparencyLog.class);
            checkpoints = context.getBean(Checkpoints.class);
            newJourney();
        }

        @TearDown(Level.Trial)
        public void stop() {
            context.close();
        }

        void append() {
            if (++written % 40 == 0) {
                newJourney();
            }
            journeys.acknowledge(journey, origin, "ai-chest-xray");
        }

        private void newJourney() {
            Patient patient = context.getBean(PatientRegistry.class).register(TestPatients.newPatient("Benchmark", "010-1234-5678"), "nurse");
            journey = journeys.start(patient.id(), "nurse", "benchmark").id();
            origin = new Origin(Actor.patient(patient.id().value()), "benchmark");
            journeys.show(journey, origin, Step.section("ai-chest-xray"), null);
            care.clearconsent.consent.JourneyWalk.showEveryPage(journeys, journey, origin, "ai-chest-xray");
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 10)
    public int appendAndSequence(App app) {
        app.append();
        return app.log.sequence();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 10)
    public Object appendAndSignCheckpoint(App app) {
        app.append();
        return app.checkpoints.sign();
    }

    /** A log of 1,000,000 leaves, written in bulk (leaves and perfect-subtree nodes, as the sequencer stores them). */
    @State(Scope.Benchmark)
    public static class MillionLeaves {
        static final int SIZE = 1_000_000;
        App app = new App();
        final Random random = new Random(6962);
        byte[] root;

        @Setup(Level.Trial)
        public void build() throws Exception {
            app.start();
            MongoTemplate mongo = app.context.getBean(MongoTemplate.class);
            HexFormat hex = HexFormat.of();
            List<byte[]> level = new ArrayList<>();
            List<LeafDocument> leaves = new ArrayList<>();
            for (int i = 0; i < SIZE; i++) {
                byte[] eventHash = java.security.MessageDigest.getInstance("SHA-256").digest(("event " + i).getBytes());
                byte[] leafHash = Merkle.leafHash(eventHash);
                level.add(leafHash);
                leaves.add(new LeafDocument(i, new ObjectId().toHexString(), "bench", i, hex.formatHex(eventHash), hex.formatHex(leafHash), Instant.now()));
                if (leaves.size() == 10_000) {
                    mongo.insertAll(leaves);
                    leaves.clear();
                }
            }
            mongo.insertAll(leaves);
            List<NodeDocument> nodes = new ArrayList<>();
            for (int height = 1; level.size() > 1; height++) {
                List<byte[]> up = new ArrayList<>();
                for (int i = 0; i + 1 < level.size(); i += 2) {
                    byte[] hash = Merkle.nodeHash(level.get(i), level.get(i + 1));
                    up.add(hash);
                    nodes.add(new NodeDocument(NodeDocument.id(height, i / 2), hex.formatHex(hash)));
                    if (nodes.size() == 10_000) {
                        mongo.insertAll(nodes);
                        nodes.clear();
                    }
                }
                level = up;
            }
            mongo.insertAll(nodes);
            root = app.log.root(SIZE);
            List<byte[]> proof = app.log.inclusionProof(SIZE / 3, SIZE);
            System.out.println("Inclusion proof at " + SIZE + " leaves: " + proof.size() + " hashes, " + proof.size() * Merkle.HASH_SIZE + " bytes");
        }

        @TearDown(Level.Trial)
        public void stop() {
            app.stop();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 10)
    public boolean inclusionProofAtOneMillion(MillionLeaves tree) {
        long index = tree.random.nextInt(MillionLeaves.SIZE);
        List<byte[]> proof = tree.app.log.inclusionProof(index, MillionLeaves.SIZE);
        return proof.size() > 0;
    }

    /** A store of 100,000 events (1,000 journeys of 100, hashed and chained as the app stores them), sequenced. */
    @State(Scope.Benchmark)
    public static class HundredThousandEvents {
        App app = new App();

        @Setup(Level.Trial)
        public void build() throws Exception {
            app.start();
            MongoTemplate mongo = app.context.getBean(MongoTemplate.class);
            Document template = mongo.findOne(new org.springframework.data.mongodb.core.query.Query(), Document.class, "consent_events");
            List<Document> batch = new ArrayList<>();
            for (int journey = 0; journey < 1000; journey++) {
                String id = UUID.randomUUID().toString();
                String previous = EventHasher.GENESIS;
                for (int seq = 1; seq <= 100; seq++) {
                    Document event = new Document(template);
                    event.remove("_id");
                    event.put("journeyId", id);
                    event.put("seq", (long) seq);
                    event.put("previousHash", previous);
                    event.put("hash", EventCanonicalForm.hash(event));
                    previous = event.getString("hash");
                    batch.add(event);
                }
                if (batch.size() >= 10_000) {
                    mongo.insert(batch, "consent_events");
                    batch.clear();
                }
            }
            mongo.insert(batch, "consent_events");
            app.log.sequence();
            app.checkpoints.sign();
        }

        @TearDown(Level.Trial)
        public void stop() {
            app.stop();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public LogVerifier.Report verifyHundredThousandEvents(HundredThousandEvents store) {
        return store.app.context.getBean(LogVerifier.class).verifyDatabase();
    }
}
