package care.clearconsent.shared.internal;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no MongoDB configured, starts mongo-java-server on 127.0.0.1 so one command runs everything.
 * The app talks to it with the real MongoDB driver, exactly as it would to a real server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalMongoConfigured.Not.class)
class EmbeddedMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);
    static final String DATABASE = "clearconsent";
    private static final String FILE_NAME = "clearconsent.mv";

    @Bean(destroyMethod = "shutdownNow")
    MongoServer embeddedMongoServer(StoreProperties properties) {
        MongoServer server = new MongoServer(backend(properties));
        server.bind("127.0.0.1", properties.port());
        return server;
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer embeddedMongoServer) {
        var address = embeddedMongoServer.getLocalAddress();
        var connectionString = new ConnectionString("mongodb://127.0.0.1:" + address.getPort() + "/" + DATABASE);
        return () -> connectionString;
    }

    private static MongoBackend backend(StoreProperties properties) {
        if (properties.inMemory()) {
            log.info("Store: embedded MongoDB-compatible server, in memory only (nothing survives a restart)");
            return new MemoryBackend();
        }
        Path file = Path.of(properties.dataDirectory()).toAbsolutePath().normalize().resolve(FILE_NAME);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + file.getParent(), e);
        }
        if (Files.exists(file)) {
            // Frequent commits leave old pages behind; compacting keeps the file small and is quick.
            MVStoreTool.compact(file.toString(), false);
        }
        log.info("Store: embedded MongoDB-compatible server on the H2 file {}", file);
        return new DurableH2Backend(new MVStore.Builder().fileName(file.toString()).open());
    }
}
