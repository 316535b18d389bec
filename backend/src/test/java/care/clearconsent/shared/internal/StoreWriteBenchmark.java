package care.clearconsent.shared.internal;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.h2.mvstore.MVStore;
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

/**
 * Raw acknowledged inserts per second into the embedded store on an H2 file through the real MongoDB driver: each
 * write committed and forced to disk before it is acknowledged ({@code forced}), or only committed ({@code committed},
 * what a power cut can lose).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class StoreWriteBenchmark {

    @Param({"forced", "committed"})
    public String durability;

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> events;
    private long next;

    @Setup(Level.Trial)
    public void start() throws Exception {
        Path file = Files.createTempDirectory("clearconsent-store-benchmark").resolve("store.mv");
        server = new MongoServer(new DurableH2Backend(new MVStore.Builder().fileName(file.toString()).open(), durability.equals("forced")));
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        events = client.getDatabase("clearconsent").getCollection("consent_events");
    }

    @TearDown(Level.Trial)
    public void stop() {
        client.close();
        server.shutdownNow();
    }

    @Benchmark
    public Object insert() {
        return events.insertOne(new Document("_id", next++).append("journeyId", "benchmark").append("fact", "SectionAcknowledged"));
    }
}
