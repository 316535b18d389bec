package care.clearconsent.evidence;

import care.clearconsent.consent.JourneyEvent;
import care.clearconsent.consent.JourneyFact;
import care.clearconsent.consent.JourneyFlags;
import care.clearconsent.consent.Journey;
import care.clearconsent.consent.JourneyState;
import care.clearconsent.consent.ListeningSummary;
import care.clearconsent.consent.Step;
import care.clearconsent.content.ContentPackage;
import care.clearconsent.content.Language;
import care.clearconsent.content.ReadingLevel;
import care.clearconsent.content.Section;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything the evidence pack says about one journey, derived only from its stored events and the content version
 * they name: the same facts are written as JSON, rendered in the PDF and mapped to FHIR, so the three never disagree.
 * Texts are in the language the patient saw them in.
 */
public record PackFacts(
        String journeyId,
        Patient patient,
        Content content,
        Renewal renewal,
        Instant startedAt,
        @Nullable Instant endedAt,
        String status,
        String language,
        List<SectionShown> sections,
        List<DisplayChange> displayChanges,
        List<String> adaptationsUsed,
        List<QuestionRaised> questionsRaised,
        List<QuizQuestion> quiz,
        @Nullable DecisionMade decision,
        @Nullable Signature signature,
        List<Withdrawal> withdrawals,
        List<Request> requests,
        List<Access> accessHistory,
        List<Flag> flags,
        List<TeachBack> teachBack,
        @Nullable Attested attestation,
        List<LedgerEntry> ledger) {

    public static final String FORMAT = "clearconsent-consent-record/1";

    public record Patient(String pseudonym, @Nullable String name) {
    }

    /** The patient's teach-back on one key point, as the nurse scored it (UNDERSTOOD, PARTLY, NOT_UNDERSTOOD). */
    public record TeachBack(String section, String sectionTitle, String score) {
    }

    /** A nurse attested the explanation was given in person on these key points, and whether they signed as witness. */
    public record Attested(Instant at, String by, List<String> explained, boolean witness) {
    }

    /** The content version explained: its number, the SHA-256 of its canonical form, and each AI system's model. */
    public record Content(String version, String sha256, Map<String, String> aiSystems) {
    }

    /**
     * Whether this consent must be renewed: the explanation has since had a major change (a new use of data, a
     * material model change), so the current version must be explained again.
     */
    public record Renewal(boolean needed, String currentVersion) {
    }

    public record SectionShown(String id, String kind, String title, @Nullable Instant acknowledgedAt, long secondsOnSection,
                        List<Long> secondsPerPart, long estimatedReadingSeconds, int timesListened, double shareHeard,
                        boolean questionRaised) {
    }

    public record DisplayChange(Instant at, String language, boolean largeText, boolean simplified, boolean highContrast,
                         boolean voice, boolean slowSpeech) {
    }

    public record QuestionRaised(Instant at, String section, String sectionTitle) {
    }

    /** {@code firstTryCorrect}: whether the first answer was right, before any explanation was shown (null if unanswered). */
    public record QuizQuestion(String id, String prompt, List<QuizAttempt> attempts, @Nullable Boolean firstTryCorrect) {
    }

    public record QuizAttempt(Instant at, int attempt, String option, String answerShown, boolean correct) {
    }

    /** {@code aiSystems}: each AI system the patient could accept or decline one by one, and their choice. */
    public record DecisionMade(Instant at, String decision, List<PurposeChoice> purposes, @Nullable Boolean careWithoutAi,
                               List<SystemChoice> aiSystems) {
    }

    public record SystemChoice(String id, String title, boolean used) {
    }

    public record PurposeChoice(String id, String label, boolean agreed) {
    }

    /** How the decision was confirmed; {@code imageFile} names the drawn image in the pack. */
    public record Signature(Instant at, String form, String method, @Nullable String representativeName,
                     @Nullable String representativeRelationship, @Nullable String typedName, @Nullable String witness,
                     @Nullable String imageFile, @Nullable String imageSha256, @Nullable String confirmsDecisionHash,
                     @Nullable String representativeReason) {
    }

    public record Access(Instant at, String who, String what, String reason) {
    }

    /** A request for an explanation or a human review (PIPA Art. 37-2), its deadline and its answer. */
    public record Request(String id, String kind, @Nullable String aiSystem, Instant madeAt, String madeBy, Instant dueBy,
                   @Nullable Instant answeredAt, @Nullable String answeredBy, @Nullable String outcome) {
    }

    /** {@code scope} ALL, PURPOSE or AI_SYSTEM; {@code target} the purpose or system; {@code by} who recorded it. */
    public record Withdrawal(Instant at, String scope, @Nullable String target, @Nullable String targetLabel, String by, @Nullable String reason) {
    }

    public record Flag(String kind, String subject, String detail) {
    }

    public record LedgerEntry(long seq, Instant at, String type, String actor, String device, String hash, String previousHash) {
    }

    static PackFacts of(Journey journey, List<JourneyEvent> events, @Nullable String patientName, Renewal renewal) {
        JourneyState state = journey.state();
        ContentPackage content = journey.content().content();
        Language language = state.language();
        Map<String, Instant> acknowledgedAt = new LinkedHashMap<>();
        Map<String, Instant> raisedAt = new LinkedHashMap<>();
        List<DisplayChange> displayChanges = new ArrayList<>();
        List<Access> accesses = new ArrayList<>();
        List<Withdrawal> withdrawals = new ArrayList<>();
        List<LedgerEntry> ledger = new ArrayList<>();
        Map<String, List<QuizAttempt>> attempts = new LinkedHashMap<>();
        @Nullable Instant signedAt = null;
        for (JourneyEvent event : events) {
            ledger.add(new LedgerEntry(event.seq(), event.at(), event.fact().getClass().getSimpleName(),
                    event.actor().kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + event.actor().id(), event.device(),
                    event.hash(), event.previousHash()));
            switch (event.fact()) {
                case JourneyFact.SectionAcknowledged ack -> acknowledgedAt.putIfAbsent(ack.section(), event.at());
                case JourneyFact.QuestionRaised raised -> raisedAt.putIfAbsent(raised.section(), event.at());
                case JourneyFact.DisplayChanged changed -> displayChanges.add(new DisplayChange(event.at(), changed.language().tag(),
                        changed.modes().largeText(), changed.modes().simplified(), changed.modes().highContrast(), changed.modes().voice(),
                        changed.modes().slowSpeech()));
                case JourneyFact.RecordAccessed accessed -> accesses.add(new Access(event.at(), event.actor().id(), accessed.what(), accessed.reason()));
                case JourneyFact.QuizAnswered answered -> attempts.computeIfAbsent(answered.question(), q -> new ArrayList<>())
                        .add(new QuizAttempt(event.at(), answered.attempt(), answered.option(),
                                content.question(answered.question()).map(q -> q.text(event.language()).options().getOrDefault(answered.option(), answered.option()))
                                        .orElse(answered.option()), answered.correct()));
                case JourneyFact.Signed signed -> signedAt = event.at();
                case JourneyFact.ConsentWithdrawn withdrawn -> withdrawals.add(new Withdrawal(event.at(), withdrawn.scope().name(), withdrawn.target(),
                        withdrawn.target() == null ? null : targetLabel(content, language, withdrawn.target()),
                        event.actor().kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + event.actor().id(), withdrawn.reason()));
                default -> {
                    // the rest is read from the replayed state
                }
            }
        }
        boolean simplified = state.modes().simplified();
        List<SectionShown> sections = new ArrayList<>();
        for (Section section : content.sections()) {
            if (!journey.plan().contains(Step.section(section.id()))) {
                continue;
            }
            ListeningSummary listening = state.listening(Step.section(section.id()).key());
            List<Long> perPart = state.pageDwell(section.id(), section.pageCount(), state.endedAt().orElse(events.getLast().at()));
            sections.add(new SectionShown(section.id(), section.kind().name().toLowerCase(java.util.Locale.ROOT),
                    section.text(language, simplified ? ReadingLevel.SIMPLIFIED : ReadingLevel.STANDARD).title(), acknowledgedAt.get(section.id()),
                    Math.round(perPart.stream().mapToLong(Long::longValue).sum() / 1000.0),
                    perPart.stream().map(millis -> Math.round(millis / 1000.0)).toList(),
                    JourneyFlags.readingSeconds(section, language, simplified), listening.plays(), listening.shareHeard(),
                    raisedAt.containsKey(section.id())));
        }
        List<QuestionRaised> raised = raisedAt.entrySet().stream().map(entry -> new QuestionRaised(entry.getValue(), entry.getKey(),
                content.section(entry.getKey()).map(s -> s.text(language, ReadingLevel.STANDARD).title()).orElse(entry.getKey()))).toList();
        List<QuizQuestion> quiz = content.questions().stream().filter(q -> attempts.containsKey(q.id()))
                .map(q -> new QuizQuestion(q.id(), q.text(language).prompt(), attempts.get(q.id()), state.firstTryResults().get(q.id()))).toList();
        DecisionMade decision = state.decision().map(made -> new DecisionMade(state.decidedAt().orElseThrow(), made.decision().name(),
                made.purposes().entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry -> new PurposeChoice(entry.getKey(),
                        content.purposes().stream().filter(p -> p.id().equals(entry.getKey())).findFirst()
                                .map(p -> p.text(language).label()).orElse(entry.getKey()), entry.getValue())).toList(),
                made.careWithoutAi(), state.systemChoices().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(choice -> new SystemChoice(choice.getKey(), content.section(choice.getKey())
                                .map(s -> s.text(language, ReadingLevel.STANDARD).title()).orElse(choice.getKey()), choice.getValue())).toList()))
                .orElse(null);
        Instant signedAtFinal = signedAt;
        Signature signature = state.signature().map(signed -> new Signature(signedAtFinal, signed.formGiven().name(), signed.method().name(),
                signed.representativeName(), signed.representativeRelationship(), signed.typedName(), signed.witness(),
                signed.imagePngBase64().isEmpty() ? null : EvidencePacks.SIGNATURE_FILE,
                signed.imageSha256().isEmpty() ? null : signed.imageSha256(), signed.decision(), signed.representativeReason())).orElse(null);
        List<Flag> flags = JourneyFlags.of(journey, events).stream()
                .map(flag -> new Flag(flag.kind().name(), flag.subject(), flag.detail())).toList();
        return new PackFacts(journey.id().value(), new Patient(journey.patientId(), patientName),
                new Content(journey.content().version(), journey.content().hash(), journey.content().aiSystemVersions()), renewal,
                events.getFirst().at(), state.endedAt().orElse(null), state.status().name(), language.tag(), sections, displayChanges,
                List.copyOf(JourneyFlags.adaptationsUsed(journey, events)), raised, quiz, decision, signature, withdrawals,
                state.requests().stream().map(r -> new Request(r.id(), r.kind().name(), r.aiSystem(), r.madeAt(), r.madeBy(), r.dueBy(),
                        r.answeredAt(), r.answeredBy(), r.outcome() == null ? null : r.outcome().name())).toList(),
                accesses, flags,
                state.teachBack().entrySet().stream().map(entry -> new TeachBack(entry.getKey(), sectionTitle(content, language, entry.getKey()),
                        entry.getValue().name())).toList(),
                state.attestation().map(attested -> new Attested(attested.at(), attested.by(),
                        attested.explained().stream().map(point -> sectionTitle(content, language, point)).toList(), attested.witness())).orElse(null),
                ledger);
    }

    private static String sectionTitle(ContentPackage content, Language language, String section) {
        return content.section(section).map(found -> found.text(language, ReadingLevel.STANDARD).title()).orElse(section);
    }

    /** A withdrawn purpose's label or AI system's title, in the patient's language. */
    private static String targetLabel(ContentPackage content, Language language, String target) {
        return content.purposes().stream().filter(p -> p.id().equals(target)).findFirst().map(p -> p.text(language).label())
                .or(() -> content.section(target).map(s -> s.text(language, ReadingLevel.STANDARD).title())).orElse(target);
    }
}
