package care.clearconsent.consent;

import care.clearconsent.consent.JourneyFact.DecisionRecorded;
import care.clearconsent.consent.JourneyFact.DisplayChanged;
import care.clearconsent.consent.JourneyFact.JourneyStarted;
import care.clearconsent.consent.JourneyFact.QuestionRaised;
import care.clearconsent.consent.JourneyFact.QuizAnswered;
import care.clearconsent.consent.JourneyFact.SectionAcknowledged;
import care.clearconsent.consent.JourneyFact.Signed;
import care.clearconsent.consent.JourneyFact.StepShown;
import care.clearconsent.consent.internal.EventHasher;
import care.clearconsent.consent.internal.EventLedger;
import care.clearconsent.consent.internal.JourneyDocument;
import care.clearconsent.consent.internal.JourneyLinkDocument;
import care.clearconsent.consent.internal.JourneyLinkRepository;
import care.clearconsent.consent.internal.JourneyRepository;
import care.clearconsent.consent.internal.SignatureImages;
import care.clearconsent.content.ContentHash;
import care.clearconsent.content.Language;
import care.clearconsent.content.Purpose;
import care.clearconsent.content.Question;
import care.clearconsent.explanation.ExplanationCatalogue;
import care.clearconsent.explanation.PublishedContent;
import care.clearconsent.patients.PatientId;
import care.clearconsent.patients.PatientRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * The consent journey: starts it, opens it from a link, and records every step the patient takes.
 * Each method checks its input first and stores one event only when the input is acceptable.
 */
@Service
public class ConsentJourneys {

    public static final int MAX_QUIZ_ATTEMPTS = 3;
    /** Listening targets for glossary definitions are named {@code glossary:<term id>}. */
    public static final String GLOSSARY_TARGET = "glossary:";
    static final int MAX_NAME_LENGTH = 100;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JourneyRepository journeys;
    private final JourneyLinkRepository links;
    private final EventLedger ledger;
    private final ExplanationCatalogue catalogue;
    private final PatientRegistry patients;
    private final Clock clock;

    ConsentJourneys(JourneyRepository journeys, JourneyLinkRepository links, EventLedger ledger,
                    ExplanationCatalogue catalogue, PatientRegistry patients, Clock clock) {
        this.journeys = journeys;
        this.links = links;
        this.ledger = ledger;
        this.catalogue = catalogue;
        this.patients = patients;
        this.clock = clock;
    }

    /** Starts a journey on the current content version and returns the link token that opens it. */
    public StartedJourney start(PatientId patientId, String nurse, String device) {
        if (patients.find(patientId).isEmpty()) {
            throw new JourneyRejected("journey.patient.unknown");
        }
        PublishedContent content = catalogue.current();
        JourneyId id = JourneyId.generate();
        journeys.insert(new JourneyDocument(id.value(), patientId.value(), content.hash(), now(), nurse));
        var context = new EventLedger.Context(id, patientId.value(), content.hash(), Actor.nurse(nurse), device, Language.KO, DisplayModes.STANDARD);
        ledger.append(context, 0, EventHasher.GENESIS, new JourneyStarted(patientId.value(), content.hash(), content.version(),
                content.aiSystemVersions()));
        return new StartedJourney(id, issueLink(id, nurse));
    }

    /** A fresh link for the same journey, for example to resume it on another tablet. */
    public String issueLink(JourneyId id, String nurse) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        links.insert(new JourneyLinkDocument(ContentHash.sha256(token), id.value(), now(), nurse));
        return token;
    }

    /** The journey a link opens; empty for a made-up, altered or unknown link. */
    public Optional<Journey> open(String linkToken) {
        if (!TOKEN.matcher(linkToken).matches()) {
            return Optional.empty();
        }
        return links.findById(ContentHash.sha256(linkToken)).flatMap(link -> find(new JourneyId(link.journeyId())));
    }

    public Optional<Journey> find(JourneyId id) {
        return journeys.findById(id.value()).map(this::load);
    }

    public Journey changeDisplay(JourneyId id, Origin origin, Language language, DisplayModes modes) {
        Journey journey = require(id);
        if (journey.state().language() == language && journey.state().modes().equals(modes)) {
            return journey;
        }
        return append(journey, origin, new DisplayChanged(language, modes), language, modes);
    }

    /** Shows a screen; {@code returnTo} marks a section re-read from a quiz question. */
    public Journey show(JourneyId id, Origin origin, Step step, @Nullable Step returnTo) {
        Journey journey = require(id);
        if (!journey.plan().contains(step) || (returnTo != null && !journey.plan().contains(returnTo))) {
            throw new JourneyRejected("journey.step.unknown");
        }
        if (step.kind() == Step.Kind.SIGNATURE && journey.state().decision().filter(d -> d.decision() != Decision.LATER).isEmpty()) {
            throw new JourneyRejected("journey.signature.needs-decision");
        }
        if (step.equals(journey.state().current()) && java.util.Objects.equals(returnTo, journey.state().returnTo().orElse(null))) {
            return journey;
        }
        return append(journey, origin, new StepShown(step.key(), returnTo == null ? null : returnTo.key()));
    }

    public Journey acknowledge(JourneyId id, Origin origin, String section) {
        Journey journey = require(id);
        if (journey.content().content().section(section).isEmpty()) {
            throw new JourneyRejected("journey.section.unknown");
        }
        JourneyState state = journey.state();
        long dwell = state.current().equals(Step.section(section))
                ? state.currentShownAt().map(shown -> Duration.between(shown, now()).toMillis()).orElse(0L) : 0L;
        return append(journey, origin, new SectionAcknowledged(section, dwell));
    }

    /**
     * Records listening to something read aloud: a screen of the journey (its step key) or a glossary definition
     * ({@code glossary:<term>}).
     */
    public Journey listened(JourneyId id, Origin origin, String target, ListeningAction action, String rate, double position, double shareHeard) {
        Journey journey = require(id);
        if (!heardTarget(journey, target) || !Double.isFinite(position) || position < 0 || !Double.isFinite(shareHeard)) {
            throw new JourneyRejected("journey.step.unknown");
        }
        double share = Math.clamp(shareHeard, 0.0, 1.0);
        return append(journey, origin, new JourneyFact.Listened(target, action, rate, Math.round(position * 1000) / 1000.0,
                Math.round(share * 1000) / 1000.0));
    }

    private static boolean heardTarget(Journey journey, String target) {
        if (target.startsWith(GLOSSARY_TARGET)) {
            return journey.content().content().term(target.substring(GLOSSARY_TARGET.length())).isPresent();
        }
        try {
            return journey.plan().contains(Step.fromKey(target));
        } catch (IllegalArgumentException notAStep) {
            return false;
        }
    }

    public Journey raiseQuestion(JourneyId id, Origin origin, String section) {
        Journey journey = require(id);
        if (journey.content().content().section(section).isEmpty()) {
            throw new JourneyRejected("journey.section.unknown");
        }
        return append(journey, origin, new QuestionRaised(section));
    }

    public QuizResult answer(JourneyId id, Origin origin, String questionId, String option) {
        Journey journey = require(id);
        Question question = journey.content().content().question(questionId).orElseThrow(() -> new JourneyRejected("journey.question.unknown"));
        if (!question.options().contains(option)) {
            throw new JourneyRejected("journey.answer.required");
        }
        if (journey.state().questionSettled(questionId)) {
            throw new JourneyRejected("journey.answer.settled");
        }
        int attempt = journey.state().answers(questionId).size() + 1;
        boolean correct = question.isCorrect(option);
        return new QuizResult(correct, attempt, append(journey, origin, new QuizAnswered(questionId, option, correct, attempt)));
    }

    /**
     * Records the decision. Agreeing needs a yes or no for every purpose the content defines; not agreeing is
     * recorded as a request for care without AI where the content offers it.
     */
    public Journey decide(JourneyId id, Origin origin, @Nullable Decision decision, Map<String, Boolean> purposes) {
        Journey journey = require(id);
        if (decision == null) {
            throw new JourneyRejected("journey.decision.required");
        }
        var content = journey.content().content();
        List<String> known = content.purposes().stream().map(Purpose::id).toList();
        if (!known.containsAll(purposes.keySet())) {
            throw new JourneyRejected("journey.purpose.unknown");
        }
        if (decision == Decision.AGREE && !purposes.keySet().containsAll(known)) {
            throw new JourneyRejected("journey.purpose.required");
        }
        Map<String, Boolean> kept = decision == Decision.AGREE ? purposes : Map.of();
        // Not agreeing means care without AI wherever the institution offers it.
        Boolean careChoice = content.careWithoutAiOffered() && decision != Decision.LATER ? decision == Decision.DECLINE : null;
        return append(journey, origin, new DecisionRecorded(decision, kept, careChoice));
    }

    public Journey sign(JourneyId id, Origin origin, SignatureMethod method, byte[] png, @Nullable String representativeName,
                        @Nullable String representativeRelationship) {
        Journey journey = require(id);
        if (journey.state().decision().filter(d -> d.decision() != Decision.LATER).isEmpty()) {
            throw new JourneyRejected("journey.signature.needs-decision");
        }
        String name = representativeName == null ? "" : representativeName.strip();
        String relationship = representativeRelationship == null ? "" : representativeRelationship.strip();
        if (method == SignatureMethod.REPRESENTATIVE && (name.isEmpty() || name.length() > MAX_NAME_LENGTH)) {
            throw new JourneyRejected("journey.representative.name.required");
        }
        if (method == SignatureMethod.REPRESENTATIVE && (relationship.isEmpty() || relationship.length() > MAX_NAME_LENGTH)) {
            throw new JourneyRejected("journey.representative.relationship.required");
        }
        if (!SignatureImages.hasInk(png)) {
            throw new JourneyRejected("journey.signature.empty");
        }
        String base64 = Base64.getEncoder().encodeToString(png);
        boolean byRepresentative = method == SignatureMethod.REPRESENTATIVE;
        return append(journey, origin, new Signed(method, ContentHash.sha256(base64), base64,
                byRepresentative ? name : null, byRepresentative ? relationship : null));
    }

    public List<JourneyEvent> events(JourneyId id) {
        return ledger.events(id);
    }

    public boolean verifyChain(JourneyId id) {
        return ledger.verify(id);
    }

    public List<JourneySummary> recent(int limit) {
        return journeys.findAll(Sort.by(Sort.Direction.DESC, "startedAt")).stream().limit(limit).map(this::summary).toList();
    }

    public List<JourneySummary> journeysOf(PatientId patientId) {
        return journeys.findByPatientId(patientId.value(), Sort.by(Sort.Direction.DESC, "startedAt")).stream().map(this::summary).toList();
    }

    private JourneySummary summary(JourneyDocument document) {
        JourneyState state = JourneyState.replay(ledger.events(new JourneyId(document.id())));
        String version = catalogue.byHash(document.contentVersion()).map(PublishedContent::version).orElse("?");
        return new JourneySummary(new JourneyId(document.id()), document.patientId(), document.contentVersion(), version, document.startedAt(),
                state.status(), state.current(), state.questionsRaised(), catalogue.needsConsentAgain(document.contentVersion()));
    }

    private Journey require(JourneyId id) {
        return find(id).orElseThrow(() -> new JourneyRejected("journey.unknown"));
    }

    private Journey load(JourneyDocument document) {
        PublishedContent content = catalogue.byHash(document.contentVersion())
                .orElseThrow(() -> new IllegalStateException("Content version " + document.contentVersion() + " is missing"));
        JourneyId id = new JourneyId(document.id());
        return new Journey(id, document.patientId(), content, JourneyPlan.of(content.content()), JourneyState.replay(ledger.events(id)));
    }

    private Journey append(Journey journey, Origin origin, JourneyFact fact) {
        return append(journey, origin, fact, journey.state().language(), journey.state().modes());
    }

    private Journey append(Journey journey, Origin origin, JourneyFact fact, Language language, DisplayModes modes) {
        var context = new EventLedger.Context(journey.id(), journey.patientId(), journey.content().hash(), origin.actor(), origin.device(), language, modes);
        ledger.append(context, journey.state().lastSeq(), journey.state().lastHash(), fact);
        // Who, which content and which plan do not change; only the events do.
        return new Journey(journey.id(), journey.patientId(), journey.content(), journey.plan(), JourneyState.replay(ledger.events(journey.id())));
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
