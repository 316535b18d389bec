package care.clearconsent.evidence;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The C2SP signed-note format with an Ed25519 key: the note text, a blank line, and one line
 * {@code — <key name> <base64(key hash || signature)>}. The key hash is the first four bytes of
 * {@code SHA-256(name || "\n" || 0x01 || public key)}, and the verifier key is written
 * {@code <name>+<hex key hash>+<base64(0x01 || public key)>}.
 */
public final class SignedNote {

    private static final byte ED25519 = 0x01;
    private static final String SIGNATURE_LINE_START = "\u2014 ";
    /** The fixed prefix of an Ed25519 public key in X.509 form; the raw key is the 32 bytes after it. */
    private static final byte[] X509_PREFIX = Base64.getDecoder().decode("MCowBQYDK2VwAyEA");

    private SignedNote() {
    }

    /** The note with its signature line, signed by the key under {@code name}. */
    public static String sign(String text, String name, InstitutionKey key) {
        requireNoteText(text);
        byte[] signature = key.sign(text.getBytes(StandardCharsets.UTF_8));
        byte[] line = concat(keyHash(name, key.rawPublicKey()), signature);
        return text + "\n" + SIGNATURE_LINE_START + name + " " + Base64.getEncoder().encodeToString(line) + "\n";
    }

    /** The note's text when the note carries a valid signature by this verifier key; empty otherwise. */
    public static Optional<String> verify(String note, String verifierKey) {
        String[] vkey = verifierKey.split("\\+", 3);
        if (vkey.length != 3) {
            return Optional.empty();
        }
        String name = vkey[0];
        byte[] keyData;
        try {
            keyData = Base64.getDecoder().decode(vkey[2]);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (keyData.length != 33 || keyData[0] != ED25519) {
            return Optional.empty();
        }
        byte[] rawKey = Arrays.copyOfRange(keyData, 1, 33);
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            return Optional.empty();
        }
        String text = note.substring(0, split + 1);
        for (String line : note.substring(split + 2).split("\n")) {
            if (!line.startsWith(SIGNATURE_LINE_START + name + " ")) {
                continue;
            }
            byte[] decoded;
            try {
                decoded = Base64.getDecoder().decode(line.substring(SIGNATURE_LINE_START.length() + name.length() + 1));
            } catch (IllegalArgumentException notBase64) {
                continue;
            }
            if (decoded.length == 4 + 64 && Arrays.equals(Arrays.copyOf(decoded, 4), keyHash(name, rawKey))
                    && ed25519Verifies(rawKey, text.getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(decoded, 4, decoded.length))) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** The verifier key that checks notes signed by {@code key} under {@code name}: what the institution publishes. */
    public static String verifierKey(String name, byte[] rawPublicKey) {
        return name + "+" + java.util.HexFormat.of().formatHex(keyHash(name, rawPublicKey)) + "+"
                + Base64.getEncoder().encodeToString(concat(new byte[] {ED25519}, rawPublicKey));
    }

    static byte[] keyHash(String name, byte[] rawPublicKey) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(ED25519);
            digest.update(rawPublicKey);
            return Arrays.copyOf(digest.digest(), 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static boolean ed25519Verifies(byte[] rawKey, byte[] message, byte[] signature) {
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(concat(X509_PREFIX, rawKey)));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static byte[] rawPublicKey(PublicKey key) {
        byte[] encoded = key.getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    }

    private static void requireNoteText(String text) {
        if (text.isEmpty() || !text.endsWith("\n") || text.contains("\n\n")) {
            throw new IllegalArgumentException("A note's text ends with one newline and has no blank line");
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
