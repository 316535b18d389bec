package care.clearconsent.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The institution's Ed25519 key that signs checkpoints and evidence packs: from configuration in production, or
 * generated on first start into the evidence folder for the embedded default. It is never logged or shown; only its
 * verifier key is.
 */
public final class InstitutionKey {

    static final String KEY_FILE = "institution-ed25519.key";

    private final PrivateKey privateKey;
    private final byte[] rawPublicKey;

    private InstitutionKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.rawPublicKey = SignedNote.rawPublicKey(publicKey);
    }

    /** From configuration (base64 PKCS#8) when given; otherwise from, or newly into, the key file of the folder. */
    static InstitutionKey load(EvidenceProperties properties, boolean production) {
        String configured = properties.signingKey();
        if (configured != null && !configured.isBlank()) {
            return fromPkcs8(decode(configured));
        }
        if (production) {
            throw new IllegalStateException("The prod profile needs the institution's signing key: set CLEARCONSENT_EVIDENCE_SIGNING_KEY "
                    + "to a base64 PKCS#8 Ed25519 private key (for example from 'openssl genpkey -algorithm ed25519 -outform DER | base64 -w0').");
        }
        Path file = Path.of(properties.directory()).toAbsolutePath().normalize().resolve(KEY_FILE);
        try {
            if (Files.exists(file)) {
                return fromPkcs8(Files.readAllBytes(file));
            }
            var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            care.clearconsent.shared.SecretFiles.writeOwnerOnly(file, pair.getPrivate().getEncoded());
            return new InstitutionKey(pair.getPrivate(), pair.getPublic());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the institution's signing key in " + file.getParent(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK 15 and later", e);
        }
    }

    static InstitutionKey fromPkcs8(byte[] pkcs8) {
        try {
            PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            return new InstitutionKey(key, publicKeyOf((EdECPrivateKey) key));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("The institution's signing key is not a PKCS#8 Ed25519 private key", e);
        }
    }

    byte[] sign(byte[] message) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing with Ed25519 failed", e);
        }
    }

    public byte[] rawPublicKey() {
        return rawPublicKey.clone();
    }

    @Override
    public String toString() {
        return "InstitutionKey[Ed25519, private part not shown]";
    }

    /** Derives the public key by signing nothing: the JDK has no direct call, so the key pair is rebuilt from the seed. */
    private static PublicKey publicKeyOf(EdECPrivateKey key) throws GeneralSecurityException {
        byte[] seed = key.getBytes().orElseThrow(() -> new GeneralSecurityException("The private key has no seed"));
        var generator = KeyPairGenerator.getInstance("Ed25519");
        generator.initialize(NamedParameterSpec.ED25519, new FixedSeed(seed));
        return generator.generateKeyPair().getPublic();
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("CLEARCONSENT_EVIDENCE_SIGNING_KEY is not base64", e);
        }
    }

    /** Hands the generator exactly the seed bytes, so it rebuilds the same key pair. */
    private static final class FixedSeed extends java.security.SecureRandom {
        private final byte[] seed;

        FixedSeed(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
        }
    }
}
