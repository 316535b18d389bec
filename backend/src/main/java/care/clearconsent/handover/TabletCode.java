package care.clearconsent.handover;

import java.time.Instant;

/**
 * What a tablet in patient mode shows and keeps.
 *
 * @param pairingId which pairing the tablet waits on
 * @param tabletSecret held only by the tablet's page: proves that the tablet asking for its journey is the one that showed the code
 * @param code the short code the nurse types, six characters without look-alikes
 */
public record TabletCode(String pairingId, String tabletSecret, String code, Instant expiresAt) {

    /** The code as shown: two groups of three, easy to read out and type. */
    public String shown() {
        return code.substring(0, 3) + " " + code.substring(3);
    }
}
