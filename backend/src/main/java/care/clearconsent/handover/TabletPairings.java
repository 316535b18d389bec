package care.clearconsent.handover;

import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.JourneyId;
import care.clearconsent.consent.JourneyRejected;
import care.clearconsent.content.ContentHash;
import care.clearconsent.handover.internal.PairingStore;
import care.clearconsent.handover.internal.PairingStore.Pairing;
import care.clearconsent.patients.PatientId;
import care.clearconsent.patients.PatientRegistry;
import care.clearconsent.shared.BlindIndex;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * Pairs a tablet in patient mode with a nurse's choice of patient. The tablet shows a short code; the nurse, signed in
 * on their own device, types or scans it and picks the patient; the tablet then opens that patient's journey. Nothing
 * staff-only is ever typed on the tablet, and the journey link never leaves the server except to that one tablet.
 */
@Service
public class TabletPairings {

    public static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    /** Upper-case letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, 6/G). */
    static final String ALPHABET = "ACDEFHJKMNPRTUVWXY34679";
    static final int CODE_LENGTH = 6;
    /** Wrong codes a nurse may type within the code lifetime before pairing pauses: guessing a live code stays hopeless. */
    static final int WRONG_CODES_ALLOWED = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PairingStore store;
    private final ConsentJourneys journeys;
    private final PatientRegistry patients;
    private final BlindIndex index;
    private final Clock clock;
    private final Map<String, Deque<Instant>> wrongCodes = new ConcurrentHashMap<>();

    TabletPairings(PairingStore store, ConsentJourneys journeys, PatientRegistry patients, BlindIndex index, Clock clock) {
        this.store = store;
        this.journeys = journeys;
        this.patients = patients;
        this.index = index;
        this.clock = clock;
    }

    /** A fresh code for a tablet that waits for its next patient. */
    public TabletCode newCode() {
        Instant now = clock.instant();
        String secret = secret();
        while (true) {
            String code = code();
            String id = UUID.randomUUID().toString();
            Instant expires = now.plus(CODE_LIFETIME);
            if (store.insertWaiting(id, codeKey(code), ContentHash.sha256(secret), now, expires)) {
                return new TabletCode(id, secret, code, expires);
            }
        }
    }

    /** What the waiting tablet should do now; only the tablet holding the secret learns the journey link. */
    public TabletState poll(String pairingId, String tabletSecret) {
        Optional<Pairing> found = store.byId(pairingId).filter(pairing -> pairing.secretHash().equals(ContentHash.sha256(tabletSecret)));
        if (found.isEmpty()) {
            return TabletState.expired();
        }
        Pairing pairing = found.get();
        if (pairing.state() == PairingStore.State.WAITING) {
            if (clock.instant().isBefore(pairing.expiresAt())) {
                return TabletState.waiting();
            }
            store.remove(pairing.id());
            return TabletState.expired();
        }
        if (!store.remove(pairing.id())) {
            return TabletState.expired();
        }
        try {
            String token = pairing.resumeJourney() != null && !pairing.resumeJourney().isEmpty()
                    ? journeys.issueLink(new JourneyId(pairing.resumeJourney()), pairing.nurse())
                    : journeys.start(new PatientId(pairing.patientId()), pairing.nurse(), "tablet " + pairing.id().substring(0, 8)).linkToken();
            return TabletState.open(token);
        } catch (JourneyRejected closedMeanwhile) {
            return TabletState.expired();
        }
    }

    /**
     * The nurse pairs the tablet showing {@code typedCode} with this patient: their open journey is resumed there, or a
     * new one started. Refused, with nothing changed, for a code that is unknown, expired or already used.
     */
    public void pair(String typedCode, PatientId patient, Optional<JourneyId> resume, String nurse) {
        Instant now = clock.instant();
        if (tooManyWrongCodes(nurse, now)) {
            throw new PairingRejected("handover.code.too-many");
        }
        Optional<String> code = cleanCode(typedCode);
        Optional<Pairing> waiting = code.flatMap(c -> store.byCode(codeKey(c)))
                .filter(pairing -> pairing.state() == PairingStore.State.WAITING && now.isBefore(pairing.expiresAt()));
        if (waiting.isEmpty()) {
            Deque<Instant> wrong = wrongCodes.computeIfAbsent(nurse, n -> new ArrayDeque<>());
            synchronized (wrong) {
                wrong.addLast(now);
            }
            throw new PairingRejected(code.isEmpty() ? "handover.code.malformed" : "handover.code.unknown");
        }
        if (patients.find(patient).isEmpty()) {
            throw new PairingRejected("handover.patient.unknown");
        }
        if (!store.pair(waiting.get().id(), patient.value(), resume.map(JourneyId::value).orElse(""), nurse, now)) {
            throw new PairingRejected("handover.code.unknown");
        }
    }

    /** The code as the nurse meant it: case, spaces and dashes do not matter. Empty when it cannot be a code. */
    public static Optional<String> cleanCode(String typed) {
        String compact = typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
        return compact.length() == CODE_LENGTH && compact.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? Optional.of(compact) : Optional.empty();
    }

    private boolean tooManyWrongCodes(String nurse, Instant now) {
        Deque<Instant> wrong = wrongCodes.get(nurse);
        if (wrong == null) {
            return false;
        }
        synchronized (wrong) {
            while (!wrong.isEmpty() && wrong.peekFirst().isBefore(now.minus(CODE_LIFETIME))) {
                wrong.pollFirst();
            }
            return wrong.size() >= WRONG_CODES_ALLOWED;
        }
    }

    private String codeKey(String code) {
        return index.of("tablet-code", code);
    }

    private static String code() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
