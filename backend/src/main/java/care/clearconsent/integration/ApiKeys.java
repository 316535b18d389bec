package care.clearconsent.integration;

import care.clearconsent.integration.internal.ApiKeyStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * API keys for hospital systems. A key is {@code cc_<id>_<secret>}: the id finds it, the secret (256 random bits) is
 * checked against its stored SHA-256, so a copy of the database opens nothing. Shown once, revoked at once.
 */
@Service
public class ApiKeys {

    public static final String PREFIX = "cc_";
    public static final int MAX_NAME_LENGTH = 60;
    private static final Pattern TOKEN = Pattern.compile("cc_([a-z0-9]{12})_([A-Za-z0-9_-]{43})");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} ._()-]+");
    private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);

    private final ApiKeyStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiKeys(ApiKeyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public IssuedApiKey create(String typedName, Set<ApiScope> scopes, String createdBy) {
        String name = typedName == null ? "" : typedName.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || !NAME.matcher(name).matches()) {
            throw new ApiKeyRejected("api-keys.name.invalid");
        }
        if (scopes.isEmpty()) {
            throw new ApiKeyRejected("api-keys.scopes.required");
        }
        String id = HexFormat.of().formatHex(bytes(6));
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
        ApiClient client = new ApiClient(id, name, scopes, clock.instant().truncatedTo(ChronoUnit.MILLIS), createdBy, null);
        store.insert(client, sha256(secret));
        log.info("API key '{}' ({}) created by '{}' with scopes {}", name, id, createdBy, scopes);
        return new IssuedApiKey(client, PREFIX + id + "_" + secret);
    }

    public void revoke(String keyId, String revokedBy) {
        if (!store.revoke(keyId, revokedBy, clock.instant().truncatedTo(ChronoUnit.MILLIS))) {
            throw new ApiKeyRejected("api-keys.unknown");
        }
        log.info("API key {} revoked by '{}'", keyId, revokedBy);
    }

    /** Every key, newest first, with whether it is revoked; never a secret. */
    public List<ApiClient> all() {
        return store.all();
    }

    /** The system a presented key belongs to, when the key is well formed, known, not revoked and its secret matches. */
    public Optional<ApiClient> authenticate(String token) {
        var match = TOKEN.matcher(token == null ? "" : token);
        if (!match.matches()) {
            return Optional.empty();
        }
        return store.find(match.group(1)).filter(stored -> MessageDigest.isEqual(
                stored.secretHash().getBytes(StandardCharsets.US_ASCII), sha256(match.group(2)).getBytes(StandardCharsets.US_ASCII)))
                .map(ApiKeyStore.Stored::client).filter(ApiClient::active);
    }

    private byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String sha256(String text) {
        return care.clearconsent.content.ContentHash.sha256(text);
    }
}
