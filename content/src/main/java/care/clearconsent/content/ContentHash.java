package care.clearconsent.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical form of a content package (JSON, keys sorted, no white space) and its SHA-256.
 * A published version is identified by this hash; the canonical JSON is also what is stored, so the
 * exact text shown can be recovered for any consent.
 */
public final class ContentHash {

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private ContentHash() {
    }

    public static String canonicalJson(ContentPackage content) {
        return CANONICAL.writeValueAsString(content);
    }

    public static ContentPackage fromCanonicalJson(String json) {
        return CANONICAL.readValue(json, ContentPackage.class);
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static String of(ContentPackage content) {
        return sha256(canonicalJson(content));
    }
}
