package care.clearconsent.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checkpoints are C2SP signed notes under the institution's Ed25519 key; the key is kept safe and never shown. */
class SignedNoteTest {

    @TempDir
    Path folder;

    @Test
    void a_signed_note_verifies_with_the_published_key_and_fails_when_anything_changes() throws Exception {
        InstitutionKey key = InstitutionKey.load(properties(null), false);
        String text = "hospital.example/consent\n42\n" + Base64.getEncoder().encodeToString(new byte[32]) + "\n";
        String note = SignedNote.sign(text, "hospital.example/consent", key);
        String verifier = SignedNote.verifierKey("hospital.example/consent", key.rawPublicKey());

        assertThat(note).startsWith(text + "\n\u2014 hospital.example/consent ");
        assertThat(verifier).matches("hospital\\.example/consent\\+[0-9a-f]{8}\\+[A-Za-z0-9+/]{44}");
        assertThat(SignedNote.verify(note, verifier)).contains(text);
        assertThat(SignedNote.verify(note.replace("\n42\n", "\n43\n"), verifier)).isEmpty();
        InstitutionKey other = InstitutionKey.fromPkcs8(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded());
        assertThat(SignedNote.verify(note, SignedNote.verifierKey("hospital.example/consent", other.rawPublicKey()))).isEmpty();
        assertThat(SignedNote.verify(note, SignedNote.verifierKey("another/log", key.rawPublicKey()))).isEmpty();
    }

    @Test
    void the_generated_key_is_kept_readable_only_by_its_owner_and_the_same_key_loads_again() throws Exception {
        InstitutionKey first = InstitutionKey.load(properties(null), false);
        InstitutionKey again = InstitutionKey.load(properties(null), false);

        assertThat(again.rawPublicKey()).isEqualTo(first.rawPublicKey());
        Path file = folder.resolve(InstitutionKey.KEY_FILE);
        assertThat(Files.getPosixFilePermissions(file)).extracting(Object::toString).containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
        assertThat(first.toString()).doesNotContain(Base64.getEncoder().encodeToString(Files.readAllBytes(file)));
    }

    @Test
    void a_configured_key_is_used_and_production_without_one_refuses_to_start() throws Exception {
        var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String configured = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());

        InstitutionKey key = InstitutionKey.load(properties(configured), true);

        assertThat(key.rawPublicKey()).isEqualTo(SignedNote.rawPublicKey(pair.getPublic()));
        assertThat(Files.exists(folder.resolve(InstitutionKey.KEY_FILE))).isFalse();
        assertThat(properties(configured).toString()).doesNotContain(configured).contains("signingKey=(set)");
        assertThatThrownBy(() -> InstitutionKey.load(properties(null), true)).hasMessageContaining("CLEARCONSENT_EVIDENCE_SIGNING_KEY");
        assertThatThrownBy(() -> InstitutionKey.load(properties("bm90IGEga2V5"), false)).hasMessageContaining("not a PKCS#8 Ed25519");
    }

    private EvidenceProperties properties(String signingKey) {
        return new EvidenceProperties(folder.toString(), signingKey, "hospital.example/consent", Duration.ofMinutes(5), "unused.ttf", "unused-bold.ttf");
    }
}
