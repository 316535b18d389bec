package care.clearconsent.consent;

import care.clearconsent.consent.internal.EventLedger;
import care.clearconsent.content.Language;
import care.clearconsent.content.Section;
import care.clearconsent.explanation.ExplanationCatalogue;
import care.clearconsent.explanation.PublishedContent;
import care.clearconsent.patients.Patient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.stereotype.Service;

/**
 * Computes the institution's figures from the consent events: one aggregation groups each journey's relevant events
 * in order, and each journey is then read as the record reads it (latest decision, first quiz tries, latest
 * teach-back). Nothing is counted by hand along the way, so the figures always agree with the evidence.
 */
@Service
public class ConsentFiguresService {

    static final String UNKNOWN = "unknown";
    private static final List<String> FACT_TYPES = List.of("JourneyStarted", "DecisionRecorded", "ConsentWithdrawn", "QuizAnswered",
            "TeachBackScored", "DisplayChanged", "QuestionRaised", "AiSystemChosen", "SectionAcknowledged", "Signed", "Listened");

    private final EventLedger ledger;
    private final ExplanationCatalogue catalogue;

    ConsentFiguresService(EventLedger ledger, ExplanationCatalogue catalogue) {
        this.ledger = ledger;
        this.catalogue = catalogue;
    }

    public InstitutionFigures figures() {
        List<JourneyFigures> journeys = ledger.factsByJourney(FACT_TYPES).stream().map(this::read).flatMap(Optional::stream).toList();
        return new InstitutionFigures(journeys.size(), groups(journeys, JourneyFigures::ageBand, ageBands()),
                groups(journeys, JourneyFigures::language, List.of(Language.KO.tag(), Language.EN.tag())), quiz(journeys), systems(journeys),
                sectionTimes(journeys));
    }

    /** What one journey contributes. */
    private record JourneyFigures(String ageBand, String language, String outcome, Map<String, Boolean> firstTries,
                                  Map<String, TeachBackScore> teachBack, java.util.Set<String> modes, int questionsRaised,
                                  Map<String, Boolean> systems, List<Acknowledged> acknowledged, Optional<PublishedContent> content,
                                  boolean tooFast, boolean quizFailedThrice) {
    }

    private record Acknowledged(String section, String language, boolean simplified, long seconds, long millis) {
    }

    private Optional<JourneyFigures> read(Document grouped) {
        String ageBand = UNKNOWN;
        String language = Language.KO.tag();
        String outcome = "OPEN";
        Optional<PublishedContent> content = Optional.empty();
        Map<String, Boolean> firstTries = new LinkedHashMap<>();
        Map<String, TeachBackScore> teachBack = new HashMap<>();
        java.util.Set<String> modes = new java.util.TreeSet<>();
        int questions = 0;
        Map<String, Boolean> systems = new LinkedHashMap<>();
        List<Acknowledged> acknowledged = new ArrayList<>();
        Map<String, Double> heard = new HashMap<>();
        Map<String, Integer> wrongAnswers = new HashMap<>();
        for (Document event : grouped.getList("events", Document.class)) {
            Document fact = event.get("fact", Document.class);
            language = Optional.ofNullable(event.getString("language")).orElse(language);
            Document shownModes = event.get("modes", Document.class);
            boolean simplified = shownModes != null && Boolean.TRUE.equals(shownModes.getBoolean("simplified"));
            if (shownModes != null) {
                for (String mode : List.of("largeText", "simplified", "highContrast", "voice")) {
                    if (Boolean.TRUE.equals(shownModes.getBoolean(mode))) {
                        modes.add(mode);
                    }
                }
            }
            switch (event.getString("type")) {
                case "JourneyStarted" -> {
                    ageBand = Optional.ofNullable(fact.getString("ageBand")).orElse(UNKNOWN);
                    content = catalogue.byHash(fact.getString("contentVersion"));
                }
                // An agreement counts once signed; until then the journey has no decision yet.
                case "DecisionRecorded" -> outcome = switch (fact.getString("decision")) {
                    case "AGREE" -> "OPEN";
                    case "DECLINE" -> "DECLINED";
                    default -> "DECIDE_LATER";
                };
                case "Signed" -> outcome = "OPEN".equals(outcome) ? "AGREED" : outcome;
                case "ConsentWithdrawn" -> outcome = "ALL".equals(fact.getString("scope")) ? "WITHDRAWN" : outcome;
                case "QuizAnswered" -> {
                    if (fact.get("attempt", Number.class).intValue() == 1) {
                        firstTries.putIfAbsent(fact.getString("question"), fact.getBoolean("correct"));
                    }
                    if (!fact.getBoolean("correct")) {
                        wrongAnswers.merge(fact.getString("question"), 1, Integer::sum);
                    }
                }
                case "TeachBackScored" -> teachBack.put(fact.getString("point"), TeachBackScore.valueOf(fact.getString("score")));
                case "QuestionRaised" -> questions++;
                case "AiSystemChosen" -> systems.put(fact.getString("aiSystem"), fact.getBoolean("used"));
                case "SectionAcknowledged" -> acknowledged.add(new Acknowledged(fact.getString("section"), language, simplified,
                        Math.round(fact.get("dwellMillis", Number.class).longValue() / 1000.0), fact.get("dwellMillis", Number.class).longValue()));
                case "Listened" -> heard.merge(fact.getString("target"), fact.get("shareHeard", Number.class).doubleValue(), Math::max);
                default -> {
                    // DisplayChanged: its modes were read above
                }
            }
        }
        Optional<PublishedContent> shown = content;
        // The same rules as the journey's own flags: too fast unless heard aloud, a question answered wrong three times.
        boolean tooFast = acknowledged.stream().anyMatch(ack -> heard.getOrDefault(Step.section(ack.section()).key(), 0.0) < 0.5
                && shown.flatMap(c -> c.content().section(ack.section()))
                        .map(section -> ack.millis() < readingSeconds(section, ack) * 1000 * JourneyFlags.TOO_FAST_SHARE).orElse(false));
        boolean quizFailedThrice = wrongAnswers.values().stream().anyMatch(wrong -> wrong >= ConsentJourneys.MAX_QUIZ_ATTEMPTS);
        return Optional.of(new JourneyFigures(ageBand, language, outcome, firstTries, teachBack, modes, questions, systems, acknowledged, content,
                tooFast, quizFailedThrice));
    }

    private static List<String> ageBands() {
        List<String> bands = new ArrayList<>(Patient.AGE_BANDS);
        bands.add(UNKNOWN);
        return bands;
    }

    private static List<InstitutionFigures.Group> groups(List<JourneyFigures> journeys, Function<JourneyFigures, String> key, List<String> order) {
        Map<String, List<JourneyFigures>> grouped = new LinkedHashMap<>();
        order.forEach(value -> grouped.put(value, new ArrayList<>()));
        journeys.forEach(journey -> grouped.computeIfAbsent(key.apply(journey), value -> new ArrayList<>()).add(journey));
        List<InstitutionFigures.Group> groups = new ArrayList<>();
        grouped.forEach((value, members) -> {
            if (!members.isEmpty() || !value.equals(UNKNOWN)) {
                groups.add(group(value, members));
            }
        });
        return groups;
    }

    private static InstitutionFigures.Group group(String value, List<JourneyFigures> members) {
        Function<String, Integer> outcomes = outcome -> (int) members.stream().filter(j -> j.outcome().equals(outcome)).count();
        Function<TeachBackScore, Integer> scores = score -> members.stream().mapToInt(j -> (int) j.teachBack().values().stream().filter(score::equals).count()).sum();
        Function<String, Integer> usedMode = mode -> (int) members.stream().filter(j -> j.modes().contains(mode)).count();
        return new InstitutionFigures.Group(value, members.size(), outcomes.apply("AGREED"), outcomes.apply("DECLINED"), outcomes.apply("DECIDE_LATER"),
                outcomes.apply("WITHDRAWN"), outcomes.apply("OPEN"), members.stream().mapToInt(j -> j.firstTries().size()).sum(),
                members.stream().mapToInt(j -> (int) j.firstTries().values().stream().filter(Boolean::booleanValue).count()).sum(),
                scores.apply(TeachBackScore.UNDERSTOOD), scores.apply(TeachBackScore.PARTLY), scores.apply(TeachBackScore.NOT_UNDERSTOOD),
                usedMode.apply("largeText"), usedMode.apply("simplified"), usedMode.apply("highContrast"), usedMode.apply("voice"),
                members.stream().mapToInt(JourneyFigures::questionsRaised).sum(), (int) members.stream().filter(JourneyFigures::tooFast).count(),
                (int) members.stream().filter(JourneyFigures::quizFailedThrice).count());
    }

    private static List<InstitutionFigures.QuizQuestion> quiz(List<JourneyFigures> journeys) {
        return yesCounts(journeys, JourneyFigures::firstTries, (question, band, count) -> new InstitutionFigures.QuizQuestion(question, band, count[0], count[1]));
    }

    private static List<InstitutionFigures.AiSystem> systems(List<JourneyFigures> journeys) {
        return yesCounts(journeys, JourneyFigures::systems, (system, band, count) -> new InstitutionFigures.AiSystem(system, band, count[0], count[1]));
    }

    private interface Row<T> {
        T of(String subject, String ageBand, int[] askedAndYes);
    }

    /** Per subject (a question, an AI system) and age band: how many journeys answered, and how many said yes or were right. */
    private static <T> List<T> yesCounts(List<JourneyFigures> journeys, Function<JourneyFigures, Map<String, Boolean>> answers, Row<T> row) {
        Map<String, Map<String, int[]>> counts = new TreeMap<>();
        for (JourneyFigures journey : journeys) {
            answers.apply(journey).forEach((subject, yes) -> {
                int[] count = counts.computeIfAbsent(subject, k -> new TreeMap<>(Comparator.comparingInt(band -> ageBands().indexOf(band))))
                        .computeIfAbsent(journey.ageBand(), k -> new int[2]);
                count[0]++;
                count[1] += yes ? 1 : 0;
            });
        }
        List<T> rows = new ArrayList<>();
        counts.forEach((subject, byBand) -> byBand.forEach((band, count) -> rows.add(row.of(subject, band, count))));
        return rows;
    }

    private static List<InstitutionFigures.SectionTime> sectionTimes(List<JourneyFigures> journeys) {
        Map<String, List<Long>> seconds = new TreeMap<>();
        Map<String, Long> reading = new HashMap<>();
        for (JourneyFigures journey : journeys) {
            for (Acknowledged ack : journey.acknowledged()) {
                String key = ack.section() + "\u0000" + journey.ageBand() + "\u0000" + ack.language() + "\u0000" + ack.simplified();
                seconds.computeIfAbsent(key, k -> new ArrayList<>()).add(ack.seconds());
                journey.content().flatMap(content -> content.content().section(ack.section())).ifPresent(section ->
                        reading.putIfAbsent(key, readingSeconds(section, ack)));
            }
        }
        return seconds.entrySet().stream().map(entry -> {
            String[] key = entry.getKey().split("\u0000");
            List<Long> sorted = entry.getValue().stream().sorted().toList();
            return new InstitutionFigures.SectionTime(key[0], key[1], key[2], Boolean.parseBoolean(key[3]), sorted.size(), sorted.get(sorted.size() / 2),
                    reading.getOrDefault(entry.getKey(), 0L));
        }).toList();
    }

    private static long readingSeconds(Section section, Acknowledged ack) {
        return JourneyFlags.readingSeconds(section, Language.fromTag(ack.language()), ack.simplified());
    }
}
