package care.clearconsent.consent;

import java.util.List;

/**
 * The institution's figures, each broken down so unequal understanding shows: by age band and by language, per quiz
 * question, per AI system, and time per section against its reading time. Counted from the stored events.
 */
public record InstitutionFigures(int journeys, List<Group> byAgeBand, List<Group> byLanguage, List<QuizQuestion> quiz,
                                 List<AiSystem> aiSystems, List<SectionTime> sectionTimes) {

    public InstitutionFigures {
        byAgeBand = List.copyOf(byAgeBand);
        byLanguage = List.copyOf(byLanguage);
        quiz = List.copyOf(quiz);
        aiSystems = List.copyOf(aiSystems);
        sectionTimes = List.copyOf(sectionTimes);
    }

    /**
     * The same figures as a CSV table, one count per line with what it is out of, so a spreadsheet can recompute
     * every rate: {@code dimension,value,measure,count,of}.
     */
    public String csv() {
        StringBuilder csv = new StringBuilder("dimension,value,measure,count,of\r\n");
        groupLines(csv, "age-band", byAgeBand);
        groupLines(csv, "language", byLanguage);
        quiz.forEach(q -> line(csv, "quiz-question", q.question() + "/" + q.ageBand(), "first-try-right", q.right(), q.firstTries()));
        aiSystems.forEach(s -> line(csv, "ai-system", s.aiSystem() + "/" + s.ageBand(), "used", s.used(), s.asked()));
        sectionTimes.forEach(t -> line(csv, "section-time", t.section() + "/" + t.ageBand() + "/" + t.language() + (t.simplified() ? "/simplified" : "/standard"),
                "median-seconds-vs-reading-seconds", t.medianSeconds(), t.readingSeconds()));
        return csv.toString();
    }

    private static void groupLines(StringBuilder csv, String dimension, List<Group> groups) {
        for (Group g : groups) {
            line(csv, dimension, g.value(), "agreed", g.agreed(), g.journeys());
            line(csv, dimension, g.value(), "declined", g.declined(), g.journeys());
            line(csv, dimension, g.value(), "decide-later", g.decideLater(), g.journeys());
            line(csv, dimension, g.value(), "withdrawn", g.withdrawn(), g.journeys());
            line(csv, dimension, g.value(), "no-decision-yet", g.open(), g.journeys());
            line(csv, dimension, g.value(), "quiz-first-try-right", g.quizFirstTriesRight(), g.quizFirstTries());
            int scored = g.teachBackUnderstood() + g.teachBackPartly() + g.teachBackNot();
            line(csv, dimension, g.value(), "teach-back-understood", g.teachBackUnderstood(), scored);
            line(csv, dimension, g.value(), "teach-back-partly", g.teachBackPartly(), scored);
            line(csv, dimension, g.value(), "teach-back-not-understood", g.teachBackNot(), scored);
            line(csv, dimension, g.value(), "large-text", g.largeText(), g.journeys());
            line(csv, dimension, g.value(), "simplified", g.simplified(), g.journeys());
            line(csv, dimension, g.value(), "high-contrast", g.highContrast(), g.journeys());
            line(csv, dimension, g.value(), "voice", g.voice(), g.journeys());
            line(csv, dimension, g.value(), "questions-raised", g.questionsRaised(), g.journeys());
            line(csv, dimension, g.value(), "flagged-too-fast", g.flaggedTooFast(), g.journeys());
            line(csv, dimension, g.value(), "flagged-quiz-failed-three-times", g.flaggedQuizFailed(), g.journeys());
        }
    }

    private static void line(StringBuilder csv, String dimension, String value, String measure, long count, long of) {
        csv.append(dimension).append(',').append(cell(value)).append(',').append(measure).append(',').append(count).append(',').append(of).append("\r\n");
    }

    /** Ids only, but quoted and defused all the same: a spreadsheet never runs a cell that starts with = + - or @. */
    private static String cell(String value) {
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    /**
     * One group of journeys (an age band, a language). Decisions are each journey's latest; {@code withdrawn} counts
     * agreements later withdrawn in full; {@code open} journeys have no decision yet. Quiz counts are first tries.
     */
    public record Group(String value, int journeys, int agreed, int declined, int decideLater, int withdrawn, int open,
                        int quizFirstTries, int quizFirstTriesRight, int teachBackUnderstood, int teachBackPartly, int teachBackNot,
                        int largeText, int simplified, int highContrast, int voice, int questionsRaised, int flaggedTooFast,
                        int flaggedQuizFailed) {
    }

    /** First tries at one quiz question, in one age band. */
    public record QuizQuestion(String question, String ageBand, int firstTries, int right) {
    }

    /** Patients asked whether one AI system may be used in their care, by age band, and how many said yes. */
    public record AiSystem(String aiSystem, String ageBand, int asked, int used) {
    }

    /** Seconds patients spent on a section before acknowledging it (median), against its estimated reading time. */
    public record SectionTime(String section, String ageBand, String language, boolean simplified, int acknowledged, long medianSeconds, long readingSeconds) {
    }
}
