package care.clearconsent.consent;

import care.clearconsent.consent.internal.JourneyAccessStore;
import care.clearconsent.consent.internal.JourneyLinkDocument;
import care.clearconsent.consent.internal.PatientSessionDocument;
import care.clearconsent.content.ContentHash;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Who may continue a journey. A link is a one-time secret: opening it exchanges it for a patient session bound to that
 * browser, and the link is then dead. Links expire, are revoked by a newer link and when the journey ends; a session
 * ends when the tablet is given back, when another tablet takes the journey, or after its lifetime.
 * Only SHA-256 digests of secrets are stored.
 */
@Service
public class JourneyAccess {

    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JourneyAccessStore store;
    private final JourneyProperties properties;
    private final Clock clock;

    JourneyAccess(JourneyAccessStore store, JourneyProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new link for the journey; every earlier link not yet used stops working. */
    public String issueLink(JourneyId journey, String issuedBy) {
        return issue(journey, issuedBy, null);
    }

    /** A link that opens the journey, once ended and agreed, only on the screen where the patient can withdraw. */
    String issueWithdrawalLink(JourneyId journey, String issuedBy) {
        return issue(journey, issuedBy, JourneyLinkDocument.WITHDRAW);
    }

    /**
     * A link sent by text message, good for {@code lifetime} (a patient reads a text hours later): to go on with an
     * open journey; after the end, to withdraw when agreed, otherwise to read the receipt.
     */
    String issueMessageLink(JourneyId journey, String issuedBy, @org.jspecify.annotations.Nullable String purpose, java.time.Duration lifetime) {
        // Other links stay: two texts about one journey (a receipt, then an answered request) must both open it.
        return insertLink(journey, issuedBy, purpose, lifetime, now());
    }

    private String issue(JourneyId journey, String issuedBy, @org.jspecify.annotations.Nullable String purpose) {
        return issue(journey, issuedBy, purpose, properties.linkLifetime());
    }

    private String issue(JourneyId journey, String issuedBy, @org.jspecify.annotations.Nullable String purpose, java.time.Duration lifetime) {
        Instant now = now();
        store.revokeUnusedLinks(journey.value(), now);
        return insertLink(journey, issuedBy, purpose, lifetime, now);
    }

    private String insertLink(JourneyId journey, String issuedBy, @org.jspecify.annotations.Nullable String purpose, java.time.Duration lifetime,
                              Instant now) {
        String token = newSecret();
        store.insertLink(new JourneyLinkDocument(ContentHash.sha256(token), journey.value(), now, issuedBy,
                now.plus(lifetime), null, null, purpose));
        return token;
    }

    /** Whether a live session was opened with a withdrawal link. */
    boolean forWithdrawal(String sessionSecret) {
        return opensEndedJourney(sessionSecret, JourneyLinkDocument.WITHDRAW);
    }

    /** Whether a live session was opened with a link to an ended journey's receipt. */
    boolean forReceipt(String sessionSecret) {
        return opensEndedJourney(sessionSecret, JourneyLinkDocument.RECEIPT);
    }

    private boolean opensEndedJourney(String sessionSecret, String purpose) {
        return SECRET.matcher(sessionSecret).matches() && store.liveSession(ContentHash.sha256(sessionSecret), now())
                .filter(session -> purpose.equals(session.purpose())).isPresent();
    }

    /** Exchanges a live link, once, for a session; any other tablet holding the journey loses it. */
    public Optional<PatientSession> redeem(String linkToken) {
        return redeem(linkToken, properties.sessionLifetime());
    }

    /** As {@link #redeem(String)}, for a session that lasts {@code lifetime}: the REST API's short-lived tokens. */
    public Optional<PatientSession> redeem(String linkToken, java.time.Duration lifetime) {
        if (!SECRET.matcher(linkToken).matches()) {
            return Optional.empty();
        }
        Instant now = now();
        return store.useLink(ContentHash.sha256(linkToken), now).map(link -> {
            store.endSessionsOfJourney(link.journeyId(), now);
            String secret = newSecret();
            store.insertSession(new PatientSessionDocument(ContentHash.sha256(secret), link.journeyId(), now,
                    now.plus(lifetime), null, link.issuedBy(), link.purpose()));
            return new PatientSession(secret, new JourneyId(link.journeyId()));
        });
    }

    /** The journey a live session holds. */
    public Optional<JourneyId> journeyOf(String sessionSecret) {
        if (!SECRET.matcher(sessionSecret).matches()) {
            return Optional.empty();
        }
        return store.liveSession(ContentHash.sha256(sessionSecret), now()).map(session -> new JourneyId(session.journeyId()));
    }

    /** The staff member who issued the link a live session was opened with: the nurse who handed the tablet over. */
    public Optional<String> handedOverBy(String sessionSecret) {
        if (!SECRET.matcher(sessionSecret).matches()) {
            return Optional.empty();
        }
        return store.liveSession(ContentHash.sha256(sessionSecret), now()).map(PatientSessionDocument::handedOverBy)
                .filter(nurse -> !nurse.isBlank());
    }

    /** "Give the tablet back": the session ends and the browser holds nothing that opens the journey. */
    public void endSession(String sessionSecret) {
        if (SECRET.matcher(sessionSecret).matches()) {
            store.endSession(ContentHash.sha256(sessionSecret), now());
        }
    }

    /** The nurse takes the tablet back from their own device: every session and unused link of the journey ends. */
    void endAllSessions(JourneyId journey) {
        Instant now = now();
        store.endSessionsOfJourney(journey.value(), now);
        store.revokeUnusedLinks(journey.value(), now);
    }

    /** Whether an ended journey's receipt may still be shown on the tablet that ended it. */
    boolean receiptStillShown(JourneyState state) {
        return state.endedAt().map(ended -> now().isBefore(ended.plus(properties.receiptShownFor()))).orElse(true);
    }

    void journeyEnded(JourneyId journey) {
        store.revokeUnusedLinks(journey.value(), now());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
