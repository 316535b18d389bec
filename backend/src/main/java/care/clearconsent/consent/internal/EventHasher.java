package care.clearconsent.consent.internal;

import care.clearconsent.content.CanonicalJson;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hash of an event covers every stored field and the previous event's hash, in a canonical JSON form,
 * so changing, removing or reordering any event breaks the chain.
 */
public final class EventHasher {

    public static final String GENESIS = "0".repeat(64);

    private EventHasher() {
    }

    public static String hash(EventDocument event) {
        return CanonicalJson.sha256(hashedText(event));
    }

    /** The text the hash is taken of. */
    public static String hashedText(EventDocument event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("journeyId", event.journeyId());
        fields.put("seq", event.seq());
        fields.put("at", event.at().toString());
        fields.put("actorKind", event.actorKind());
        fields.put("actorId", event.actorId());
        fields.put("device", event.device());
        fields.put("patientId", event.patientId());
        fields.put("contentVersion", event.contentVersion());
        fields.put("language", event.language());
        fields.put("modes", event.modes());
        fields.put("factType", event.fact().getClass().getSimpleName());
        fields.put("fact", event.fact());
        fields.put("previousHash", event.previousHash());
        return CanonicalJson.write(fields);
    }
}
