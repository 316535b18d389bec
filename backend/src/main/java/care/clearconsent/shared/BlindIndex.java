package care.clearconsent.shared;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Keyed, deterministic forms of personal data (HMAC-SHA256 through Tink's PRF), so an exact look-up by name, phone or
 * hospital number works on encrypted records without the plain value ever being stored. Without the key the forms
 * cannot be confirmed against a guessed name. The key is generated on first start and kept in the database encrypted
 * with the data key, so an installation has one secret to manage and the two always travel together in backups.
 */
@Component
public class BlindIndex {

    static final String COLLECTION = "store_keys";
    static final String KEY_ID = "blind-index";
    private static final String BOUND_TO = COLLECTION + "/" + KEY_ID;
    private static final int OUTPUT_BYTES = 32;

    private final PrfSet prf;

    // The cipher first: without its key, that is the refusal an operator must read, not a later one.
    BlindIndex(PersonalDataCipher cipher, MongoTemplate mongo) {
        try {
            PrfConfig.register();
            this.prf = keyset(mongo, cipher).getPrimitive(RegistryConfiguration.get(), PrfSet.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The look-up key in '" + COLLECTION + "' does not open with the data key: CLEARCONSENT_DATA_KEY must be "
                    + "the key this database was created with", e);
        }
    }

    /** The keyed form of a value already in its one normal spelling; {@code field} keeps equal values of different fields apart. */
    public String of(String field, String normalised) {
        try {
            byte[] input = (field + '\u0000' + normalised).getBytes(StandardCharsets.UTF_8);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(prf.computePrimary(input, OUTPUT_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 always computes", e);
        }
    }

    private static KeysetHandle keyset(MongoTemplate mongo, PersonalDataCipher cipher) throws GeneralSecurityException {
        Document stored = mongo.findById(KEY_ID, Document.class, COLLECTION);
        if (stored == null) {
            KeysetHandle generated = KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF);
            byte[] sealed = cipher.encrypt(TinkProtoKeysetFormat.serializeKeyset(generated, InsecureSecretKeyAccess.get()), BOUND_TO);
            try {
                mongo.insert(new Document("_id", KEY_ID).append("keyset", new Binary(sealed)), COLLECTION);
                return generated;
            } catch (DuplicateKeyException anotherInstanceWasFirst) {
                stored = mongo.findById(KEY_ID, Document.class, COLLECTION);
            }
        }
        byte[] sealed = stored.get("keyset", Binary.class).getData();
        return TinkProtoKeysetFormat.parseKeyset(cipher.decrypt(sealed, BOUND_TO), InsecureSecretKeyAccess.get());
    }
}
