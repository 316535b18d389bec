package care.clearconsent.patients;

import java.security.SecureRandom;

/** The pseudonym that stands for a patient everywhere outside this module. Random, so it reveals nothing. */
public record PatientId(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    public PatientId {
        if (!value.matches("P-[2-9A-HJ-NP-Z]{10}")) {
            throw new IllegalArgumentException("Not a patient pseudonym: " + value);
        }
    }

    /** The pseudonym a client typed or sent, when it is one; anything else is empty, never an exception. */
    public static java.util.Optional<PatientId> parse(@org.jspecify.annotations.Nullable String typed) {
        return typed != null && typed.matches("P-[2-9A-HJ-NP-Z]{10}") ? java.util.Optional.of(new PatientId(typed)) : java.util.Optional.empty();
    }

    public static PatientId generate() {
        var text = new StringBuilder("P-");
        for (int i = 0; i < 10; i++) {
            text.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return new PatientId(text.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
