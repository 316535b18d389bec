package care.clearconsent.shared.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** Names the real MongoDB the app uses, hosts only: the connection string may carry credentials. */
@Component
@Conditional(ExternalMongoConfigured.class)
class ExternalStoreLogger {

    private static final Logger log = LoggerFactory.getLogger(ExternalStoreLogger.class);

    ExternalStoreLogger(MongoConnectionDetails details) {
        var connection = details.getConnectionString();
        log.info("Store: MongoDB at {} (database {})", connection.getHosts(), connection.getDatabase());
    }
}
