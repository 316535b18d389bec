package care.clearconsent.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import org.junit.jupiter.api.Test;

class DurableWriteConcernTest {

    @Test
    void a_real_mongodb_gets_majority_journaled_writes_unless_the_uri_says_otherwise() {
        assertThat(writeConcernFor("mongodb://db1,db2,db3/clearconsent?replicaSet=rs0")).isEqualTo(WriteConcern.MAJORITY.withJournal(true));
        assertThat(writeConcernFor("mongodb://db1/clearconsent?w=2")).isEqualTo(WriteConcern.W2);
    }

    private static WriteConcern writeConcernFor(String uri) {
        ConnectionString connection = new ConnectionString(uri);
        MongoClientSettings.Builder settings = MongoClientSettings.builder().applyConnectionString(connection);
        new DurableWriteConcern().majorityJournaledWrites(() -> connection).customize(settings);
        return settings.build().getWriteConcern();
    }
}
