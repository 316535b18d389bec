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
import care.clearconsent.consent.internal.PersonalDataVault;
import care.clearconsent.consent.internal.JourneyDocument;
import care.clearconsent.consent.internal.JourneyRepository;
import care.clearconsent.consent.internal.SignatureImages;
import care.clearconsent.content.ContentHash;
import care.clearconsent.content.Language;
import care.clearconsent.content.Purpose;
import care.clearconsent.content.Question;
import care.clearconsent.content.Section;
import care.clearconsent.explanation.ExplanationCatalogue;
import care.clearconsent.explanation.PublishedContent;
import care.clearconsent.patients.PatientId;
import care.clearconsent.patients.PatientRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    /** A representative's reason why the patient cannot sign: a sentence, not an essay. */
    public static final int MAX_REPRESENTATIVE_REASON_LENGTH = 300;
    /** Listening targets for glossary definitions are named {@code glossary:<term id>}. */
    public static final String GLOSSARY_TARGET = "glossary:";
    /** The listening target of the withdrawal screen (not a step of the journey's plan). */
    public static final String WITHDRAWAL_TARGET = "withdraw";
    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_REASON_LENGTH = 200;
    /** Why staff may look at a record: a fixed list, so no free text (personal details) enters the chain this way. */
    public static final List<String> ACCESS_REASONS = List.of("care", "patient-request", "legal-request", "internal-audit", "complaint");
    /** PIPA's enforcement decree: an explanation or review is answered within 30 days of the request. */
    public static final java.time.Duration ANSWER_WITHIN = java.time.Duration.ofDays(30);
    /** Concurrent writers to one journey take turns; each turn re-checks the rules against what is then stored. */
    private static final int MAX_APPEND_ATTEMPTS = 25;

    private final JourneyRepository journeys;
    private final JourneyAccess access;
    private final EventLedger ledger;
    private final ExplanationCatalogue catalogue;
    private final PatientRegistry patients;
    private final Clock clock;
    private final QuizOrder quizOrder;
    private final PersonalDataVault vault;

    private final org.springframework.context.ApplicationEventPublisher events;

    ConsentJourneys(JourneyRepository journeys, JourneyAccess access, EventLedger ledger,
                    ExplanationCatalogue catalogue, PatientRegistry patients, Clock clock, QuizOrder quizOrder, PersonalDataVault vault,
                    org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.vault = vault;
        this.quizOrder = quizOrder;
        this.journeys = journeys;
        this.access = access;
        this.ledger = ledger;
        this.catalogue = catalogue;
        this.patients = patients;
        this.clock = clock;
    }

    /** Starts a journey on the current content version and returns the link token that opens it. */
    public StartedJourney start(PatientId patientId, String nurse, String device) {
        care.clearconsent.patients.Patient patient = patients.find(patientId).orElseThrow(() -> new JourneyRejected("journey.patient.unknown"));
        PublishedContent content = catalogue.current();
        JourneyId id = JourneyId.generate();
        journeys.insert(new JourneyDocument(id.value(), patientId.value(), content.hash(), now(), nurse));
        var context = new EventLedger.Context(id, patientId.value(), content.hash(), Actor.nurse(nurse), device, Language.KO, DisplayModes.STANDARD);
        ledger.tryAppend(context, 0, EventHasher.GENESIS, new JourneyStarted(patientId.value(), content.hash(), content.version(),
                content.aiSystemVersions(), quizOrder.draw(content.content()), patient.ageBand(java.time.LocalDate.now(clock)))).orElseThrow(() -> new IllegalStateException("A new journey id was already in use"));
        String link = access.issueLink(id, nurse);
        changed(id, patientId.value(), "JourneyStarted");
        return new StartedJourney(id, link);
    }

    /** A fresh link for the same journey, for example to resume it on another tablet; older unused links stop working. */
    public String issueLink(JourneyId id, String nurse) {
        Journey journey = require(id);
        ConsentRules.requireOpen(journey);
        return access.issueLink(id, nurse);
    }

    /**
     * A link for a text message, good for {@code lifetime}: an open journey goes on where it stopped; an ended,
     * agreed one opens where the patient can withdraw; any other ended one shows its receipt. Other links keep
     * working (a link the nurse issues later, or the end of the journey, still revokes it).
     */
    public String issueMessageLink(JourneyId id, String issuedBy, java.time.Duration lifetime) {
        JourneyState state = require(id).state();
        String purpose = !state.ended() ? null
                : state.status() == JourneyStatus.AGREED ? care.clearconsent.consent.internal.JourneyLinkDocument.WITHDRAW
                : care.clearconsent.consent.internal.JourneyLinkDocument.RECEIPT;
        return access.issueMessageLink(id, issuedBy, purpose, lifetime);
    }

    /** The journey a tablet's patient session holds, while it holds it (after the end, only while the receipt is shown). */
    public Optional<Journey> forSession(String sessionSecret) {
        return access.journeyOf(sessionSecret).flatMap(this::find)
                .filter(journey -> access.receiptStillShown(journey.state()) || access.forWithdrawal(sessionSecret)
                        || access.forReceipt(sessionSecret));
    }

    /** The journey the patient-session cookie among these cookies holds, if any: the tablet is then in patient mode. */
    public Optional<Journey> heldBy(jakarta.servlet.http.Cookie @Nullable [] cookies) {
        return care.clearconsent.consent.internal.PatientCookie.read(cookies).flatMap(this::forSession);
    }

    /** Whether the session still holds the journey a screen shows: one look-up, no replay. */
    public boolean holds(String sessionSecret, Journey shown) {
        return access.journeyOf(sessionSecret).filter(shown.id()::equals).isPresent()
                && (access.receiptStillShown(shown.state()) || access.forWithdrawal(sessionSecret) || access.forReceipt(sessionSecret));
    }

    /**
     * The nurse takes a tablet back from their own device: whatever tablet holds the journey loses it at its next
     * step, and no link issued for it still opens it. The journey itself stays as it is, to be resumed later.
     */
    public void takeBack(JourneyId id) {
        access.endAllSessions(id);
    }

    /** "Give the tablet back": the browser's patient session ends. */
    public void endSession(String sessionSecret) {
        access.endSession(sessionSecret);
    }

    public Optional<Journey> find(JourneyId id) {
        return journeys.findById(id.value()).map(this::load);
    }

    public Journey changeDisplay(JourneyId id, Origin origin, Language language, DisplayModes modes) {
        return record(id, origin, journey -> journey.state().language() == language && journey.state().modes().equals(modes)
                ? null : new DisplayChanged(language, modes));
    }

    /** Shows a screen; {@code returnTo} marks a section re-read from a quiz question. */
    public Journey show(JourneyId id, Origin origin, Step step, @Nullable Step returnTo) {
        return record(id, origin, journey -> {
            if (!journey.plan().contains(step) || (returnTo != null && !journey.plan().contains(returnTo))) {
                throw new JourneyRejected("journey.step.unknown");
            }
            ConsentRules.requireReachable(journey, step);
            boolean alreadyThere = step.equals(journey.state().current())
                    && java.util.Objects.equals(returnTo, journey.state().returnTo().orElse(null));
            return alreadyThere ? null : new StepShown(step.key(), returnTo == null ? null : returnTo.key());
        });
    }

    /** Shows another part of the section on screen ({@code page} from 0); a long section is read in parts. */
    public Journey showPage(JourneyId id, Origin origin, String section, int page) {
        return record(id, origin, journey -> {
            Section shown = journey.content().content().section(section).orElseThrow(() -> new JourneyRejected("journey.section.unknown"));
            if (page < 0 || page >= shown.pageCount()) {
                throw new JourneyRejected("journey.step.unknown");
            }
            ConsentRules.requireOnScreen(journey, Step.section(section));
            return journey.state().currentPage() == page ? null : new JourneyFact.SectionPageShown(section, page);
        });
    }

    public Journey acknowledge(JourneyId id, Origin origin, String section) {
        return acknowledge(require(id), origin, section);
    }

    /**
     * As {@link #acknowledge(JourneyId, Origin, String)}, checked against a journey the caller has just read (the
     * API's session check reads it): the hot path of every patient reads the journey once. Should another device have
     * written since, the journey is read again and checked again, as always.
     */
    public Journey acknowledge(Journey current, Origin origin, String section) {
        return record(current, origin, journey -> {
            Section shown = journey.content().content().section(section).orElseThrow(() -> new JourneyRejected("journey.section.unknown"));
            ConsentRules.requireOnScreen(journey, Step.section(section));
            ConsentRules.requireEveryPageSeen(journey, section, shown.pageCount());
            Instant now = now();
            long dwell = journey.state().currentShownAt().map(at -> Duration.between(at, now).toMillis()).orElse(0L);
            return new SectionAcknowledged(section, dwell, journey.state().pageDwell(section, shown.pageCount(), now));
        });
    }

    /**
     * Records listening to something read aloud: a screen of the journey (its step key) or a glossary definition
     * ({@code glossary:<term>}).
     */
    public Journey listened(JourneyId id, Origin origin, String target, ListeningAction action, String rate, double position, double shareHeard) {
        return record(id, origin, journey -> {
            if (!heardTarget(journey, target) || !Double.isFinite(position) || position < 0 || !Double.isFinite(shareHeard)) {
                throw new JourneyRejected("journey.step.unknown");
            }
            double share = Math.clamp(shareHeard, 0.0, 1.0);
            // A section read in parts: the part on screen is the one heard.
            Integer page = pagedSection(journey, target) ? journey.state().currentPage() : null;
            return new JourneyFact.Listened(target, action, rate, Math.round(position * 1000) / 1000.0, Math.round(share * 1000) / 1000.0, page);
        });
    }

    private static boolean pagedSection(Journey journey, String target) {
        Step current = journey.state().current();
        return current.kind() == Step.Kind.SECTION && current.key().equals(target)
                && journey.content().content().section(current.ref()).map(Section::pageCount).orElse(1) > 1;
    }

    private static boolean heardTarget(Journey journey, String target) {
        if (target.equals(WITHDRAWAL_TARGET)) {
            return journey.state().status() == JourneyStatus.AGREED || journey.state().lastWasWithdrawal();
        }
        if (target.startsWith(GLOSSARY_TARGET)) {
            return journey.content().content().term(target.substring(GLOSSARY_TARGET.length())).isPresent();
        }
        try {
            return journey.plan().contains(Step.fromKey(target));
        } catch (IllegalArgumentException notAStep) {
            return false;
        }
    }

    /**
     * A member of staff marks a cue resolved: the question raised on {@code subject} answered in person, or the quiz
     * question failed three times gone through together. Refused when no such cue is open.
     */
    public Journey resolveCue(JourneyId id, Origin staff, String cue, String subject) {
        return record(id, staff, journey -> {
            boolean open = switch (cue) {
                case JourneyState.Cue.QUESTION -> journey.state().openQuestions().contains(subject);
                case JourneyState.Cue.QUIZ -> journey.state().openQuizCues(MAX_QUIZ_ATTEMPTS).contains(subject);
                default -> false;
            };
            if (!open) {
                throw new JourneyRejected("journey.cue.not-open");
            }
            return new JourneyFact.CueResolved(cue, subject);
        });
    }

    /**
     * Assisted consent, recorded by the nurse from their own device: the patient's teach-back per key point (a section
     * of this journey), then the attestation that these points were explained in person, and whether the nurse signs
     * as witness. Everything is checked before the first event is written, so a wrong point stores nothing.
     */
    public Journey recordAssistance(JourneyId id, Origin staff, Map<String, TeachBackScore> scores, List<String> explained, boolean witness) {
        Journey journey = require(id);
        if (staff.actor().kind() != Actor.Kind.NURSE) {
            throw new JourneyRejected("journey.assist.nurse-only");
        }
        if (explained.isEmpty()) {
            throw new JourneyRejected("journey.assist.explained.required");
        }
        java.util.Set<String> points = keyPoints(journey);
        if (!points.containsAll(scores.keySet()) || !points.containsAll(explained)) {
            throw new JourneyRejected("journey.assist.point.unknown");
        }
        // In reading order, whatever order the scores came in: the record reads as the explanation did.
        for (String point : points) {
            TeachBackScore score = scores.get(point);
            if (score != null) {
                record(id, staff, current -> new JourneyFact.TeachBackScored(point, score));
            }
        }
        List<String> inReadingOrder = points.stream().filter(explained::contains).toList();
        return record(id, staff, current -> new JourneyFact.ExplanationAttested(inReadingOrder, witness));
    }

    /** The key points of a journey: its sections, in reading order. */
    public static java.util.Set<String> keyPoints(Journey journey) {
        java.util.Set<String> points = new java.util.LinkedHashSet<>();
        journey.plan().steps().stream().filter(step -> step.kind() == Step.Kind.SECTION).forEach(step -> points.add(step.ref()));
        return points;
    }

    public Journey raiseQuestion(JourneyId id, Origin origin, String section) {
        return record(id, origin, journey -> {
            if (journey.content().content().section(section).isEmpty()) {
                throw new JourneyRejected("journey.section.unknown");
            }
            ConsentRules.requireOpen(journey);
            return new QuestionRaised(section);
        });
    }

    public QuizResult answer(JourneyId id, Origin origin, String questionId, String option) {
        Journey updated = record(id, origin, journey -> {
            Question question = journey.content().content().question(questionId).orElseThrow(() -> new JourneyRejected("journey.question.unknown"));
            if (!question.options().contains(option)) {
                throw new JourneyRejected("journey.answer.required");
            }
            if (journey.state().questionSettled(questionId)) {
                throw new JourneyRejected("journey.answer.settled");
            }
            ConsentRules.requireOnScreen(journey, Step.question(questionId));
            return new QuizAnswered(questionId, option, question.isCorrect(option), journey.state().answers(questionId).size() + 1,
                    journey.state().optionOrder(question));
        });
        QuizAnswered answered = updated.state().answers(questionId).getLast();
        return new QuizResult(answered.correct(), answered.attempt(), updated);
    }

    /**
     * Records the decision, once every section is acknowledged and every question settled. Agreeing needs a yes or no
     * for every purpose the content defines and for every AI system the institution lets patients decline; each
     * system's choice is its own event, recorded just before the decision that confirms it. Not agreeing is recorded
     * as a request for care without AI where the content offers it. Everything is checked before anything is stored.
     */
    public Journey decide(JourneyId id, Origin origin, @Nullable Decision decision, Map<String, Boolean> purposes,
                          Map<String, Boolean> aiSystems) {
        ConsentRules.requireDecidable(require(id), decision, purposes, aiSystems);
        if (decision == Decision.AGREE) {
            for (String system : aiSystems.keySet().stream().sorted().toList()) {
                record(id, origin, journey -> {
                    ConsentRules.requireDecidable(journey, decision, purposes, aiSystems);
                    return new JourneyFact.AiSystemChosen(system, aiSystems.get(system));
                });
            }
        }
        return record(id, origin, journey -> {
            ConsentRules.requireDecidable(journey, decision, purposes, aiSystems);
            var content = journey.content().content();
            Map<String, Boolean> kept = decision == Decision.AGREE ? purposes : Map.of();
            // Not agreeing means care without AI wherever the institution offers it.
            Boolean careChoice = content.careWithoutAiOffered() && decision != Decision.LATER ? decision == Decision.DECLINE : null;
            return new DecisionRecorded(decision, kept, careChoice);
        });
    }

    /** Signs the decision named by {@code decisionHash} with a drawing. */
    public Journey sign(JourneyId id, Origin origin, @Nullable String decisionHash, SignatureMethod method, byte[] png,
                        @Nullable String representativeName, @Nullable String representativeRelationship) {
        return sign(id, origin, decisionHash, method, new Confirmation.Drawn(png), representativeName, representativeRelationship);
    }

    /**
     * Signs the decision named by {@code decisionHash}, the hash of its event: the one the signer was shown. The
     * confirmation is a drawing, a typed name or a witnessed "Confirm"; the record says which.
     */
    public Journey sign(JourneyId id, Origin origin, @Nullable String decisionHash, SignatureMethod method, Confirmation confirmation,
                        @Nullable String representativeName, @Nullable String representativeRelationship) {
        return sign(id, origin, decisionHash, method, confirmation, representativeName, representativeRelationship, null);
    }

    /**
     * Signs as above; a legal representative also says why the patient cannot sign for themselves
     * ({@code representativeReason}), kept sealed with their name and relationship.
     */
    public Journey sign(JourneyId id, Origin origin, @Nullable String decisionHash, SignatureMethod method, Confirmation confirmation,
                        @Nullable String representativeName, @Nullable String representativeRelationship, @Nullable String representativeReason) {
        String name = cleanName(representativeName);
        String reason = cleanName(representativeReason);
        String relationship = cleanName(representativeRelationship);
        boolean byRepresentative = method == SignatureMethod.REPRESENTATIVE;
        if (byRepresentative && (name.isEmpty() || name.length() > MAX_NAME_LENGTH)) {
            throw new JourneyRejected("journey.representative.name.required");
        }
        if (byRepresentative && (relationship.isEmpty() || relationship.length() > MAX_NAME_LENGTH)) {
            throw new JourneyRejected("journey.representative.relationship.required");
        }
        if (byRepresentative && (reason.isEmpty() || reason.length() > MAX_REPRESENTATIVE_REASON_LENGTH)) {
            throw new JourneyRejected("journey.representative.reason.required");
        }
        Signed signed = signed(method, confirmation, byRepresentative ? name : null, byRepresentative ? relationship : null, decisionHash,
                byRepresentative ? reason : null);
        require(id);
        // The personal parts go to the vault; the chain gets only a salted commitment, so they can be erased later.
        PersonalDataVault.Sealed sealed = vault.seal(id.value(), signed.personalFields());
        try {
            return record(id, origin, journey -> {
                ConsentRules.requireSignable(journey, decisionHash);
                // Checked after the rules, so an out-of-order request is never told anything about its image.
                if (confirmation instanceof Confirmation.Drawn drawn) {
                    SignatureImages.requireInk(drawn.png());
                }
                return signed.sealedAs(sealed.id(), sealed.commitment());
            });
        } catch (RuntimeException notRecorded) {
            vault.discard(sealed.id());
            throw notRecorded;
        }
    }

    /**
     * Withdraws consent from now on: all of it, one purpose or one AI system. Appends one event and deletes nothing.
     * A nurse acting for the patient must say why; the patient need not.
     */
    public Journey withdraw(JourneyId id, Origin origin, WithdrawalScope scope, @Nullable String target, @Nullable String reason) {
        String given = cleanName(reason);
        boolean forThePatient = origin.actor().kind() != Actor.Kind.PATIENT;
        if (forThePatient && (given.isEmpty() || given.length() > MAX_REASON_LENGTH)) {
            throw new JourneyRejected("journey.withdraw.reason.required");
        }
        // A reason is free text: sealed apart from the chain like a signature's names, so it can be erased later.
        PersonalDataVault.@Nullable Sealed sealed = given.isEmpty() ? null : vault.seal(id.value(), Map.of(JourneyFact.ConsentWithdrawn.REASON, given));
        try {
            return record(id, origin, journey -> {
                ConsentRules.requireWithdrawable(journey, scope, target);
                var withdrawn = new JourneyFact.ConsentWithdrawn(scope, scope == WithdrawalScope.ALL ? null : target, null, null, null);
                return sealed == null ? withdrawn : withdrawn.sealedAs(sealed.id(), sealed.commitment());
            });
        } catch (RuntimeException notRecorded) {
            if (sealed != null) {
                vault.discard(sealed.id());
            }
            throw notRecorded;
        }
    }

    /**
     * Records a patient's request for an explanation of an AI-assisted decision or for a human review of it (PIPA
     * Art. 37-2), due within {@link #ANSWER_WITHIN}. {@code aiSystem}, when given, must be one the journey explained.
     */
    public PatientRequest makeRequest(JourneyId id, Origin origin, RequestKind kind, @Nullable String aiSystem) {
        String requestId = java.util.UUID.randomUUID().toString();
        Journey recorded = record(id, origin, journey -> {
            if (aiSystem != null && journey.content().content().section(aiSystem).filter(care.clearconsent.content.Section::isAiSystem).isEmpty()) {
                throw new JourneyRejected("journey.request.unknown-system");
            }
            return new JourneyFact.RequestMade(requestId, kind, aiSystem, now().plus(ANSWER_WITHIN));
        });
        return recorded.state().requests().stream().filter(request -> request.id().equals(requestId)).findFirst().orElseThrow();
    }

    /** Records how a request was answered; a request is answered once. */
    public PatientRequest answerRequest(JourneyId id, Origin origin, String requestId, RequestOutcome outcome) {
        Journey recorded = record(id, origin, journey -> {
            PatientRequest request = journey.state().requests().stream().filter(r -> r.id().equals(requestId)).findFirst()
                    .orElseThrow(() -> new JourneyRejected("journey.request.unknown"));
            if (!request.open()) {
                throw new JourneyRejected("journey.request.answered");
            }
            return new JourneyFact.RequestAnswered(requestId, outcome);
        });
        return recorded.state().requests().stream().filter(request -> request.id().equals(requestId)).findFirst().orElseThrow();
    }

    /** Every request not yet answered, in every journey, the one due first at the top. */
    public List<PatientRequest> openRequests() {
        return ledger.journeysWithFact("RequestMade").stream().map(JourneyId::new).map(this::find).flatMap(Optional::stream)
                .flatMap(journey -> journey.state().requests().stream()).filter(PatientRequest::open)
                .sorted(java.util.Comparator.comparing(PatientRequest::dueBy)).toList();
    }

    /** A link that opens an agreed journey on the tablet only to withdraw from it; refused when there is nothing to withdraw. */
    public String issueWithdrawalLink(JourneyId id, String nurse) {
        Journey journey = require(id);
        if (journey.state().status() != JourneyStatus.AGREED) {
            throw new JourneyRejected("journey.withdraw.not-agreed");
        }
        return access.issueWithdrawalLink(id, nurse);
    }

    /** Whether this tablet's session was opened to withdraw (the journey then shows its withdrawal screen). */
    public boolean openedForWithdrawal(String sessionSecret) {
        return access.forWithdrawal(sessionSecret);
    }

    /**
     * Erases a signature's personal parts (image, names) when the law requires it, and records who did it and when.
     * The chain, the log and every pack keep verifying: they hold only the commitment. Returns false when there was
     * nothing held to erase.
     */
    public boolean erasePersonalData(JourneyId id, String staffUser, String device) {
        Journey journey = require(id);
        Optional<Signed> signed = journey.state().signature().filter(s -> s.personalData() != null && !s.personalDataErased());
        if (signed.isEmpty() || !vault.erase(signed.get().personalData(), staffUser)) {
            return false;
        }
        record(id, new Origin(Actor.staff(staffUser), device), current -> new JourneyFact.PersonalDataErased(signed.get().personalData()));
        return true;
    }

    /** The staff member who handed this tablet's journey over (issued the link it opened): the witness of a "Confirm". */
    public Optional<String> witnessFor(String sessionSecret) {
        return access.handedOverBy(sessionSecret);
    }

    private static Signed signed(SignatureMethod method, Confirmation confirmation, @Nullable String representativeName,
                                 @Nullable String representativeRelationship, @Nullable String decisionHash, @Nullable String reason) {
        return switch (confirmation) {
            case Confirmation.Drawn drawn -> {
                String base64 = Base64.getEncoder().encodeToString(drawn.png());
                yield new Signed(method, ContentHash.sha256(base64), base64, representativeName, representativeRelationship, decisionHash,
                        SignatureForm.DRAWN, null, null, null, null, reason);
            }
            case Confirmation.TypedName typed -> {
                String typedName = cleanName(typed.name());
                if (typedName.isEmpty() || typedName.length() > MAX_NAME_LENGTH) {
                    throw new JourneyRejected("journey.signature.typed-name.required");
                }
                yield new Signed(method, "", "", representativeName, representativeRelationship, decisionHash,
                        SignatureForm.TYPED_NAME, typedName, null, null, null, reason);
            }
            case Confirmation.Witnessed witnessed -> {
                if (witnessed.witness().isBlank()) {
                    throw new JourneyRejected("journey.signature.witness.unavailable");
                }
                yield new Signed(method, "", "", representativeName, representativeRelationship, decisionHash,
                        SignatureForm.WITNESSED, null, witnessed.witness(), null, null, reason);
            }
        };
    }

    /** A name as typed, in one Unicode form, without control or direction-changing characters or surrounding spaces. */
    static String cleanName(@Nullable String typed) {
        return care.clearconsent.shared.PersonNames.clean(typed);
    }

    /**
     * Records that a member of staff is looking at or exporting this journey's record, and why, before they see it:
     * the access history lives in the same chain and log as the consent. Allowed at any time, also after the end.
     */
    public Journey recordAccess(JourneyId id, String staffUser, String device, String what, String reason) {
        if (!ACCESS_REASONS.contains(reason)) {
            throw new JourneyRejected("evidence.access.reason.required");
        }
        return record(id, new Origin(Actor.staff(staffUser), device), journey -> new JourneyFact.RecordAccessed(what, reason));
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
        JourneyId id = new JourneyId(document.id());
        List<JourneyEvent> events = ledger.events(id);
        JourneyState state = JourneyState.replay(events);
        String version = catalogue.byHash(document.contentVersion()).map(PublishedContent::version).orElse("?");
        List<JourneyFlags.Flag> flags = catalogue.byHash(document.contentVersion())
                .map(content -> JourneyFlags.of(new Journey(id, document.patientId(), content, JourneyPlan.of(content.content()), state), events))
                .orElse(List.of());
        return new JourneySummary(id, document.patientId(), document.contentVersion(), version, document.startedAt(),
                state.status(), state.current(), state.openQuestions(), catalogue.needsConsentAgain(document.contentVersion()),
                java.util.stream.Stream.concat(state.withdrawnPurposes().stream(), state.withdrawnSystems().stream()).collect(java.util.stream.Collectors.toSet()),
                flags, state.declinedSystems(), state.modes(), state.language(), state.firstTryResults(), state.openQuizCues(MAX_QUIZ_ATTEMPTS));
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

    /**
     * Checks a fact against the journey as stored and appends it. When another writer appended first, the journey is
     * read again and the fact checked again, so nothing is ever recorded on top of events it was not checked against.
     * A rule that returns null means there is nothing to record.
     */
    private Journey record(JourneyId id, Origin origin, java.util.function.Function<Journey, @Nullable JourneyFact> rules) {
        return record(require(id), origin, rules);
    }

    /** As above, starting from a journey just read; a lost race reads it again. */
    private Journey record(Journey read, Origin origin, java.util.function.Function<Journey, @Nullable JourneyFact> rules) {
        JourneyId id = read.id();
        for (int attempt = 1; ; attempt++) {
            Journey journey = attempt == 1 ? read : require(id);
            JourneyFact fact = rules.apply(journey);
            if (fact == null) {
                return journey;
            }
            Language language = fact instanceof DisplayChanged changed ? changed.language() : journey.state().language();
            DisplayModes modes = fact instanceof DisplayChanged changed ? changed.modes() : journey.state().modes();
            var context = new EventLedger.Context(id, journey.patientId(), journey.content().hash(), origin.actor(), origin.device(), language, modes);
            boolean wasEnded = journey.state().ended();
            Optional<JourneyEvent> appended = ledger.tryAppend(context, journey.state().lastSeq(), journey.state().lastHash(), fact);
            if (appended.isPresent()) {
                // The state the fact was checked against, with the one event just appended: the journey is not read again.
                journey.state().apply(appended.get());
                if (journey.state().ended() && !wasEnded) {
                    access.journeyEnded(id);
                }
                changed(id, journey.patientId(), care.clearconsent.consent.internal.EventCanonicalForm.typeName(fact));
                return journey;
            }
            if (attempt >= MAX_APPEND_ATTEMPTS) {
                throw new IllegalStateException("Journey " + id.value() + " is being written by too many devices at once");
            }
            backOff(attempt);
        }
    }

    /** Tells staff screens; what they do with it can never undo or fail the step just recorded. */
    private void changed(JourneyId id, String patientId, String factType) {
        try {
            events.publishEvent(new JourneyChanged(id, patientId, factType));
        } catch (RuntimeException listenerFailed) {
            org.slf4j.LoggerFactory.getLogger(ConsentJourneys.class).warn("A live listener failed on {} of journey {}", factType, id.value(), listenerFailed);
        }
    }

    /** A short random pause, so writers that collided do not collide again in lock-step. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(Math.min(attempt, 10) * 2 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while appending a consent event", e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
