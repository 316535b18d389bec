package care.clearconsent.integration.internal;

import care.clearconsent.integration.ApiClient;
import care.clearconsent.integration.ApiScope;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** API keys in {@code api_keys}: name, scopes, the secret's SHA-256, who created and revoked them and when. */
@Component
public class ApiKeyStore {

    static final String COLLECTION = "api_keys";

    private final MongoTemplate mongo;

    ApiKeyStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public record Stored(ApiClient client, String secretHash) {
    }

    public void insert(ApiClient client, String secretHash) {
        mongo.insert(new Document("_id", client.keyId()).append("name", client.name())
                .append("scopes", client.scopes().stream().map(Enum::name).sorted().toList()).append("secretSha256", secretHash)
                .append("createdAt", Date.from(client.createdAt())).append("createdBy", client.createdBy()).append("revokedAt", null), COLLECTION);
    }

    public Optional<Stored> find(String keyId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(keyId)), Document.class, COLLECTION))
                .map(document -> new Stored(client(document), document.getString("secretSha256")));
    }

    public boolean revoke(String keyId, String by, Instant at) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(keyId).and("revokedAt").is(null)),
                new Update().set("revokedAt", Date.from(at)).set("revokedBy", by), COLLECTION).getModifiedCount() == 1;
    }

    public List<ApiClient> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "createdAt")), Document.class, COLLECTION).stream().map(ApiKeyStore::client).toList();
    }

    private static ApiClient client(Document document) {
        Date revoked = document.getDate("revokedAt");
        return new ApiClient(document.getString("_id"), document.getString("name"),
                document.getList("scopes", String.class).stream().map(ApiScope::valueOf).collect(Collectors.toSet()),
                document.getDate("createdAt").toInstant(), document.getString("createdBy"), revoked == null ? null : revoked.toInstant());
    }
}
