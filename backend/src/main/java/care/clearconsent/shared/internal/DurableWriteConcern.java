package care.clearconsent.shared.internal;

import com.mongodb.WriteConcern;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * On a real MongoDB, a write is acknowledged only once a majority of the replica set has it in its journal, so the loss
 * of a primary or a power cut loses no acknowledged consent. A {@code w=} in the URI is the operator's choice and wins.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalMongoConfigured.class)
class DurableWriteConcern {

    static final WriteConcern DEFAULT = WriteConcern.MAJORITY.withJournal(true);

    @Bean
    MongoClientSettingsBuilderCustomizer majorityJournaledWrites(MongoConnectionDetails details) {
        return settings -> {
            if (details.getConnectionString().getWriteConcern() == null) {
                settings.writeConcern(DEFAULT);
            }
        };
    }
}
