package care.clearconsent.shared;

import care.clearconsent.shared.internal.StoreProperties;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal data at rest with AES-256-GCM (Google Tink). Each ciphertext is bound to where it belongs by its
 * associated data, so a ciphertext copied to another record does not decrypt. The key comes from configuration in
 * production; otherwise it is generated once into the key folder. It is never logged.
 */
@Component
public class PersonalDataCipher {

    static final String KEY_FILE = "data-key.json";

    private final Aead aead;

    PersonalDataCipher(StoreProperties store, Environment environment) {
        try {
            AeadConfig.register();
            this.aead = keyset(store, environment.acceptsProfiles(Profiles.of("prod"))).getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The data key cannot be read: CLEARCONSENT_DATA_KEY must be a base64 Tink JSON keyset", e);
        }
    }

    /** A new random data key in the form CLEARCONSENT_DATA_KEY takes ({@code java -jar clearconsent.jar new-data-key}). */
    public static String newDataKey() {
        try {
            AeadConfig.register();
            String keyset = TinkJsonProtoKeysetFormat.serializeKeyset(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
                    InsecureSecretKeyAccess.get());
            return Base64.getEncoder().encodeToString(keyset.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM keys can always be generated", e);
        }
    }

    public byte[] encrypt(byte[] plaintext, String boundTo) {
        try {
            return aead.encrypt(plaintext, boundTo.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /** The plaintext; throws {@link GeneralSecurityException} when the ciphertext was changed, moved or made with another key. */
    public byte[] decrypt(byte[] ciphertext, String boundTo) throws GeneralSecurityException {
        return aead.decrypt(ciphertext, boundTo.getBytes(StandardCharsets.UTF_8));
    }

    private static KeysetHandle keyset(StoreProperties store, boolean production) throws GeneralSecurityException {
        String configured = store.dataKey();
        if (configured != null && !configured.isBlank()) {
            return TinkJsonProtoKeysetFormat.parseKeyset(new String(Base64.getDecoder().decode(configured.strip()), StandardCharsets.UTF_8),
                    InsecureSecretKeyAccess.get());
        }
        if (production) {
            throw new IllegalStateException("The prod profile needs the key that encrypts personal data: set CLEARCONSENT_DATA_KEY to a "
                    + "base64 Tink JSON keyset (the README shows how to make one) and keep a copy with the database backups.");
        }
        Path file = Path.of(store.keyDirectory()).toAbsolutePath().normalize().resolve(KEY_FILE);
        try {
            if (Files.exists(file)) {
                return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file, StandardCharsets.UTF_8), InsecureSecretKeyAccess.get());
            }
            KeysetHandle generated = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            SecretFiles.writeOwnerOnly(file, TinkJsonProtoKeysetFormat.serializeKeyset(generated, InsecureSecretKeyAccess.get())
                    .getBytes(StandardCharsets.UTF_8));
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the data key in " + file.getParent(), e);
        }
    }
}
