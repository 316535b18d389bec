package care.clearconsent.content;

/**
 * The canonical form of a content package and its SHA-256. A published version is identified by this hash; the
 * canonical JSON is also what is stored, so the exact text shown can be recovered for any consent.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String canonicalJson(ContentPackage content) {
        return CanonicalJson.write(content);
    }

    public static ContentPackage fromCanonicalJson(String json) {
        return CanonicalJson.read(json, ContentPackage.class);
    }

    public static String sha256(String text) {
        return CanonicalJson.sha256(text);
    }

    public static String of(ContentPackage content) {
        return sha256(canonicalJson(content));
    }
}
