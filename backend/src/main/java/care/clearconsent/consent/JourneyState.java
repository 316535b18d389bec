package care.clearconsent.consent;

import care.clearconsent.consent.JourneyFact.DecisionRecorded;
import care.clearconsent.consent.JourneyFact.DisplayChanged;
import care.clearconsent.consent.JourneyFact.QuestionRaised;
import care.clearconsent.consent.JourneyFact.QuizAnswered;
import care.clearconsent.consent.JourneyFact.SectionAcknowledged;
import care.clearconsent.consent.JourneyFact.Signed;
import care.clearconsent.consent.JourneyFact.StepShown;
import care.clearconsent.consent.internal.EventHasher;
import care.clearconsent.content.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a journey stands, derived only from its events: replaying the same events always gives the same state,
 * which is what lets a journey resume after a closed browser or a restarted server.
 */
public final class JourneyState {

    private Language language = Language.KO;
    private DisplayModes modes = DisplayModes.STANDARD;
    private Step current = Step.WELCOME;
    private @Nullable Step returnTo;
    private @Nullable Instant currentShownAt;
    private final Set<String> acknowledged = new LinkedHashSet<>();
    private final Set<String> questionsRaised = new LinkedHashSet<>();
    private final Set<String> resolvedCues = new java.util.HashSet<>();
    private final Map<String, TeachBackScore> teachBack = new java.util.LinkedHashMap<>();
    private @org.jspecify.annotations.Nullable Attestation attestation;
    private final Map<String, List<QuizAnswered>> answers = new HashMap<>();
    private @Nullable DecisionRecorded decision;
    /** Choices per AI system recorded since the last decision, and those the decision in force confirmed. */
    private final Map<String, Boolean> pendingSystemChoices = new java.util.LinkedHashMap<>();
    private Map<String, Boolean> systemChoices = Map.of();
    private @Nullable Instant decidedAt;
    private @Nullable String decisionHash;
    private @Nullable Instant endedAt;
    private @Nullable Signed signature;
    private final Map<String, ListeningSummary> listening = new HashMap<>();
    private Map<String, List<String>> optionOrder = Map.of();
    private int currentPage;
    private @Nullable Instant pageShownAt;
    private final Map<String, Integer> furthestPage = new HashMap<>();
    private final Map<String, Map<Integer, Long>> pageDwell = new HashMap<>();
    private @Nullable Instant withdrawnAt;
    private final Set<String> withdrawnPurposes = new LinkedHashSet<>();
    private final Set<String> withdrawnSystems = new LinkedHashSet<>();
    private boolean lastWasWithdrawal;
    private final Map<String, PatientRequest> requests = new java.util.LinkedHashMap<>();
    private long lastSeq;
    private String lastHash = EventHasher.GENESIS;

    public static JourneyState replay(List<JourneyEvent> events) {
        JourneyState state = new JourneyState();
        events.forEach(state::apply);
        return state;
    }

    void apply(JourneyEvent event) {
        lastWasWithdrawal = event.fact() instanceof JourneyFact.ConsentWithdrawn;
        lastSeq = event.seq();
        lastHash = event.hash();
        switch (event.fact()) {
            case DisplayChanged changed -> {
                language = changed.language();
                modes = changed.modes();
            }
            case StepShown shown -> {
                leavePage(event.at());
                current = Step.fromKey(shown.step());
                currentPage = 0;
                pageShownAt = event.at();
                if (current.kind() == Step.Kind.SECTION) {
                    furthestPage.merge(current.ref(), 0, Math::max);
                }
                returnTo = shown.returnTo() == null ? null : Step.fromKey(shown.returnTo());
                currentShownAt = event.at();
            }
            case JourneyFact.SectionPageShown page -> {
                leavePage(event.at());
                currentPage = page.page();
                pageShownAt = event.at();
                furthestPage.merge(page.section(), page.page(), Math::max);
            }
            case SectionAcknowledged ack -> acknowledged.add(ack.section());
            case QuestionRaised raised -> {
                questionsRaised.add(raised.section());
                resolvedCues.remove(Cue.QUESTION + ":" + raised.section());
            }
            case JourneyFact.CueResolved resolved -> resolvedCues.add(resolved.cue() + ":" + resolved.subject());
            case JourneyFact.TeachBackScored scored -> teachBack.put(scored.point(), scored.score());
            case JourneyFact.ExplanationAttested attested ->
                    attestation = new Attestation(attested.explained(), attested.witness(), event.actor().id(), event.at());
            case QuizAnswered answered -> answers.computeIfAbsent(answered.question(), q -> new ArrayList<>()).add(answered);
            case JourneyFact.AiSystemChosen chosen -> pendingSystemChoices.put(chosen.aiSystem(), chosen.used());
            case DecisionRecorded recorded -> {
                decision = recorded;
                systemChoices = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pendingSystemChoices));
                pendingSystemChoices.clear();
                decidedAt = event.at();
                decisionHash = event.hash();
                signature = null;
                endedAt = recorded.decision() == Decision.LATER ? event.at() : null;
            }
            case Signed signed -> {
                signature = signed;
                endedAt = event.at();
            }
            case JourneyFact.Listened listened -> listening.merge(listened.target(), ListeningSummary.none(listened.target()).with(listened),
                    (before, ignored) -> before.with(listened));
            // The start fixes patient and content version (both read from the journey itself) and the order of quiz choices.
            case JourneyFact.JourneyStarted started -> optionOrder = started.optionOrder();
            // Staff looking at the record changes nothing in the journey; it is kept for the access history.
            case JourneyFact.RecordAccessed accessed -> {
            }
            case JourneyFact.RequestMade made -> requests.put(made.requestId(), new PatientRequest(made.requestId(), event.journeyId(),
                    event.patientId(), made.kind(), made.aiSystem(), event.at(), event.actor().kind().name().toLowerCase(java.util.Locale.ROOT)
                    + ":" + event.actor().id(), made.dueBy(), null, null, null));
            case JourneyFact.RequestAnswered answered -> requests.computeIfPresent(answered.requestId(), (id, request) -> new PatientRequest(
                    id, request.journeyId(), request.patientId(), request.kind(), request.aiSystem(), request.madeAt(), request.madeBy(),
                    request.dueBy(), event.at(), event.actor().id(), answered.outcome()));
            case JourneyFact.ConsentWithdrawn withdrawn -> {
                switch (withdrawn.scope()) {
                    case ALL -> withdrawnAt = event.at();
                    case PURPOSE -> withdrawnPurposes.add(String.valueOf(withdrawn.target()));
                    case AI_SYSTEM -> withdrawnSystems.add(String.valueOf(withdrawn.target()));
                }
            }
            case JourneyFact.PersonalDataErased erased -> {
                if (signature != null && erased.record().equals(signature.personalData())) {
                    signature = signature.withPersonalData(Map.of());
                }
            }
        }
    }

    /** Adds the time the current part of a section was on screen to that part's total. */
    private void leavePage(Instant at) {
        if (current.kind() == Step.Kind.SECTION && pageShownAt != null) {
            pageDwell.computeIfAbsent(current.ref(), section -> new HashMap<>())
                    .merge(currentPage, java.time.Duration.between(pageShownAt, at).toMillis(), Long::sum);
        }
    }

    /** The part of the current section on screen, from 0. */
    public int currentPage() {
        return currentPage;
    }

    /** The furthest part of a section shown so far (-1 when never shown). */
    public int furthestPage(String section) {
        return furthestPage.getOrDefault(section, -1);
    }

    /** Time on each part of a section over every visit, counting the part on screen up to {@code now}. */
    public List<Long> pageDwell(String section, int pageCount, Instant now) {
        Map<Integer, Long> spent = new HashMap<>(pageDwell.getOrDefault(section, Map.of()));
        if (current.equals(Step.section(section)) && pageShownAt != null) {
            spent.merge(currentPage, java.time.Duration.between(pageShownAt, now).toMillis(), Long::sum);
        }
        List<Long> perPage = new ArrayList<>();
        for (int page = 0; page < pageCount; page++) {
            perPage.add(spent.getOrDefault(page, 0L));
        }
        return perPage;
    }

    /** The newest event's seq and hash: where the next event is appended. */
    public long lastSeq() {
        return lastSeq;
    }

    String lastHash() {
        return lastHash;
    }

    public Language language() {
        return language;
    }

    public DisplayModes modes() {
        return modes;
    }

    public Step current() {
        return current;
    }

    public Optional<Step> returnTo() {
        return Optional.ofNullable(returnTo);
    }

    public Optional<Instant> currentShownAt() {
        return Optional.ofNullable(currentShownAt);
    }

    public boolean isAcknowledged(String section) {
        return acknowledged.contains(section);
    }

    public Set<String> acknowledgedSections() {
        return Set.copyOf(acknowledged);
    }

    public Set<String> questionsRaised() {
        return Set.copyOf(questionsRaised);
    }

    /** The latest teach-back score of each key point scored, in the order first scored. */
    public Map<String, TeachBackScore> teachBack() {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(teachBack));
    }

    /** The latest attestation that the explanation was given in person, if any. */
    public java.util.Optional<Attestation> attestation() {
        return java.util.Optional.ofNullable(attestation);
    }

    /** The kinds of cue a tablet gives the nurse, as recorded in {@link JourneyFact.CueResolved}. */
    public static final class Cue {
        public static final String QUESTION = "question";
        public static final String QUIZ = "quiz";

        private Cue() {
        }
    }

    /** Sections with a question raised that no member of staff has marked resolved since, in the order raised. */
    public Set<String> openQuestions() {
        Set<String> open = new LinkedHashSet<>(questionsRaised);
        open.removeIf(section -> resolvedCues.contains(Cue.QUESTION + ":" + section));
        return open;
    }

    /** Quiz questions answered wrongly {@code limit} times or more that no member of staff has marked resolved. */
    public Set<String> openQuizCues(int limit) {
        Set<String> open = new LinkedHashSet<>();
        answers.forEach((question, given) -> {
            if (given.stream().filter(answer -> !answer.correct()).count() >= limit && !resolvedCues.contains(Cue.QUIZ + ":" + question)) {
                open.add(question);
            }
        });
        return open;
    }

    public List<QuizAnswered> answers(String question) {
        return List.copyOf(answers.getOrDefault(question, List.of()));
    }

    public boolean answeredCorrectly(String question) {
        return answers(question).stream().anyMatch(QuizAnswered::correct);
    }

    /** The order this journey shows a question's choices in: drawn at its start, or the content's order in older journeys. */
    public List<String> optionOrder(care.clearconsent.content.Question question) {
        List<String> drawn = optionOrder.get(question.id());
        return drawn != null && drawn.size() == question.options().size() && drawn.containsAll(question.options())
                ? drawn : question.options();
    }

    /** Correct, or out of attempts: either way the patient may go on (the nurse sees the wrong answers). */
    public boolean questionSettled(String question) {
        return answeredCorrectly(question) || answers(question).size() >= ConsentJourneys.MAX_QUIZ_ATTEMPTS;
    }

    /** How a screen (by step key) was listened to. */
    public ListeningSummary listening(String stepKey) {
        return listening.getOrDefault(stepKey, ListeningSummary.none(stepKey));
    }

    public Optional<DecisionRecorded> decision() {
        return Optional.ofNullable(decision);
    }

    /**
     * For each AI system the patient could decline, whether they accepted it ({@code true}) or declined it, as confirmed
     * by the decision in force; empty when the decision was not to agree, or no system could be declined.
     */
    public Map<String, Boolean> systemChoices() {
        return systemChoices;
    }

    /** AI systems declined one by one with the decision in force. */
    public java.util.Set<String> declinedSystems() {
        return systemChoices.entrySet().stream().filter(choice -> !choice.getValue()).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** For each question, whether its first answer was right: what the patient understood before any hint. */
    public Map<String, Boolean> firstTryResults() {
        Map<String, Boolean> results = new java.util.TreeMap<>();
        answers.forEach((question, given) -> given.stream().filter(answer -> answer.attempt() == 1).findFirst()
                .ifPresent(first -> results.put(question, first.correct())));
        return results;
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    /** The hash of the decision event in force: what a signature must name to confirm it. */
    public Optional<String> decisionHash() {
        return Optional.ofNullable(decisionHash);
    }

    /** Signed, or decided later: nothing more is recorded in this journey, and its links stop working. */
    public boolean ended() {
        return endedAt != null;
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    public Optional<Signed> signature() {
        return Optional.ofNullable(signature);
    }

    /** Every request for an explanation or a human review, in the order made, with its answer when there is one. */
    public List<PatientRequest> requests() {
        return List.copyOf(requests.values());
    }

    /** Whether the newest event is a withdrawal: the tablet then confirms it instead of offering more. */
    public boolean lastWasWithdrawal() {
        return lastWasWithdrawal;
    }

    /** When the whole consent was withdrawn. */
    public Optional<Instant> withdrawnAt() {
        return Optional.ofNullable(withdrawnAt);
    }

    /** Purposes agreed to and later withdrawn. */
    public Set<String> withdrawnPurposes() {
        return Set.copyOf(withdrawnPurposes);
    }

    /** AI systems whose use was later withdrawn. */
    public Set<String> withdrawnSystems() {
        return Set.copyOf(withdrawnSystems);
    }

    /** Whether a purpose may be used now: agreed to and not withdrawn (nor the whole consent). */
    public boolean purposeInForce(String purpose) {
        return status() == JourneyStatus.AGREED && decision != null && Boolean.TRUE.equals(decision.purposes().get(purpose))
                && !withdrawnPurposes.contains(purpose);
    }

    public JourneyStatus status() {
        if (withdrawnAt != null) {
            return JourneyStatus.WITHDRAWN;
        }
        if (decision == null) {
            return JourneyStatus.IN_PROGRESS;
        }
        return switch (decision.decision()) {
            case LATER -> JourneyStatus.DECIDE_LATER;
            case AGREE -> signature == null ? JourneyStatus.AWAITING_SIGNATURE : JourneyStatus.AGREED;
            case DECLINE -> signature == null ? JourneyStatus.AWAITING_SIGNATURE : JourneyStatus.DECLINED;
        };
    }
}
