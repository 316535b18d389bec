package care.clearconsent.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acknowledged write survives a power cut: the embedded store runs on a file system that forgets every write not
 * forced to disk, writers on several connections insert, the plug is pulled right after their acknowledgements, and
 * the reopened file holds every acknowledged document.
 */
class PowerLossTest {

    private static final int WRITERS = 4;
    private static final int WRITES_EACH = 40;

    @TempDir
    Path data;
    private MongoServer server;

    @BeforeAll
    static void registerFileSystem() {
        ForgetfulFilePath.register();
    }

    @AfterEach
    void powerOn() {
        shutDown();
        ForgetfulFilePath.powerOn();
    }

    /** After the power cut the store cannot write its closing state; that failure is the point, not a test error. */
    private void shutDown() {
        if (server != null) {
            try {
                server.shutdownNow();
            } catch (RuntimeException storeCannotCloseWithoutPower) {
                // expected once the plug is pulled
            }
            server = null;
        }
    }

    @Test
    void every_acknowledged_write_is_on_disk_when_the_power_goes() throws Exception {
        Path file = data.resolve("forced.mv");
        Set<String> acknowledged = writeThenPullThePlug(file, true);

        assertThat(acknowledged).hasSize(WRITERS * WRITES_EACH);
        assertThat(storedIds(file)).containsAll(acknowledged);
    }

    /** The same test with forcing switched off loses acknowledged writes, so the test above can fail. */
    @Test
    void without_forcing_the_same_power_cut_loses_acknowledged_writes() throws Exception {
        Path file = data.resolve("unforced.mv");
        Set<String> acknowledged = writeThenPullThePlug(file, false);

        assertThat(acknowledged).hasSize(WRITERS * WRITES_EACH);
        assertThat(storedIds(file)).doesNotContainAnyElementsOf(acknowledged);
    }

    private Set<String> writeThenPullThePlug(Path file, boolean forceToDisk) throws Exception {
        MVStore store = new MVStore.Builder().fileName("forgetful:" + file).open();
        server = new MongoServer(new DurableH2Backend(store, forceToDisk));
        var address = server.bind();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoCollection<Document> events = client.getDatabase("clearconsent").getCollection("consent_events");
            List<Future<?>> writers = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                int w = writer;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < WRITES_EACH; i++) {
                        String id = w + "-" + i;
                        events.insertOne(new Document("_id", id).append("fact", "acknowledged section " + i));
                        acknowledged.add(id);
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            ForgetfulFilePath.pullThePlug();
        } finally {
            pool.shutdownNow();
        }
        shutDown();
        return acknowledged;
    }

    private Set<String> storedIds(Path file) {
        MongoServer reopened = new MongoServer(new H2Backend(new MVStore.Builder().fileName(file.toString()).open()));
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + reopened.bind().getPort())) {
            Set<String> ids = ConcurrentHashMap.newKeySet();
            client.getDatabase("clearconsent").getCollection("consent_events").find().forEach(document -> ids.add(document.getString("_id")));
            return ids;
        } finally {
            reopened.shutdownNow();
        }
    }
}
