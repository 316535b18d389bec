package care.clearconsent.consent;

import java.time.Instant;
import java.util.List;

/**
 * A member of staff attests that they explained these key points (section ids) in person, and, when {@code witness},
 * signs as witness to the patient's consent; {@code by} is the signed-in staff member, {@code at} the server time.
 */
public record Attestation(List<String> explained, boolean witness, String by, Instant at) {

    public Attestation {
        explained = List.copyOf(explained);
    }
}
