package care.clearconsent.consent.internal;

import care.clearconsent.content.CanonicalJson;
import care.clearconsent.content.Jcs;
import care.clearconsent.shared.PersonalDataCipher;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Personal data kept out of the hash chain: a signature image, a representative's name, a typed name. Each record is
 * encrypted and bound to its id and journey; the chain holds only a salted commitment to it,
 * {@code SHA-256(JCS({"salt": ..., "fields": {...}}))}, so the data can be erased when the law requires while every
 * hash, proof and checkpoint still verifies. The salt stops anyone from confirming a guessed name against the chain.
 */
@Component
public class PersonalDataVault {

    static final String COLLECTION = "consent_personal";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoTemplate mongo;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    PersonalDataVault(MongoTemplate mongo, PersonalDataCipher cipher, Clock clock) {
        this.mongo = mongo;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Where sealed data is and what the chain commits to. */
    public record Sealed(String id, String commitment) {
    }

    /** Opened data: the exact committed text (what a verifier re-hashes) and the fields in it. */
    public record Opened(String committedText, Map<String, String> fields) {
    }

    public Sealed seal(String journeyId, Map<String, String> fields) {
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        Map<String, Object> committed = new LinkedHashMap<>();
        committed.put("salt", Base64.getEncoder().encodeToString(salt));
        committed.put("fields", fields);
        String text = Jcs.write(committed);
        String id = UUID.randomUUID().toString();
        Document record = new Document("_id", id).append("journeyId", journeyId)
                .append("ciphertext", new Binary(cipher.encrypt(text.getBytes(StandardCharsets.UTF_8), boundTo(id, journeyId))))
                .append("storedAt", java.util.Date.from(clock.instant()));
        mongo.insert(record, COLLECTION);
        return new Sealed(id, CanonicalJson.sha256(text));
    }

    /** The data, when it is still held, decrypts and matches the commitment in the chain; empty when erased or not matching. */
    @SuppressWarnings("unchecked")
    public Optional<Opened> open(String id, String journeyId, String commitment) {
        Document record = mongo.findById(id, Document.class, COLLECTION);
        if (record == null || !(record.get("ciphertext") instanceof Binary ciphertext) || !journeyId.equals(record.get("journeyId"))) {
            return Optional.empty();
        }
        try {
            String text = new String(cipher.decrypt(ciphertext.getData(), boundTo(id, journeyId)), StandardCharsets.UTF_8);
            if (!CanonicalJson.sha256(text).equals(commitment)) {
                return Optional.empty();
            }
            Map<String, Object> committed = CanonicalJson.read(text, Map.class);
            return Optional.of(new Opened(text, (Map<String, String>) committed.get("fields")));
        } catch (GeneralSecurityException changedOrMoved) {
            return Optional.empty();
        }
    }

    /** Removes the data for good and keeps when and by whom; the commitment in the chain stays. */
    public boolean erase(String id, String erasedBy) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("ciphertext").exists(true)),
                new Update().unset("ciphertext").set("erasedAt", java.util.Date.from(clock.instant())).set("erasedBy", erasedBy),
                COLLECTION).getModifiedCount() > 0;
    }

    /** Discards data sealed for an event that was then not recorded (another device appended first). */
    public void discard(String id) {
        mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION);
    }

    private static String boundTo(String id, String journeyId) {
        return "consent_personal/" + id + "/" + journeyId;
    }
}
