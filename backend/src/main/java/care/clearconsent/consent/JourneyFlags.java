package care.clearconsent.consent;

import care.clearconsent.content.Language;
import care.clearconsent.content.Readability;
import care.clearconsent.content.ReadingLevel;
import care.clearconsent.content.Section;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What staff and the evidence pack should look at in a journey. Flags inform; they never block anything. Each is
 * derived from the events alone, so the same journey always gives the same flags.
 */
public final class JourneyFlags {

    /** A section acknowledged in under a third of its estimated reading time, and not heard aloud, went too fast. */
    static final double TOO_FAST_SHARE = 1.0 / 3;
    /** Reading speeds of older adults reading health text: English words, Korean eojeol (longer units) per minute. */
    private static final int ENGLISH_WORDS_PER_MINUTE = 180;
    private static final int KOREAN_WORDS_PER_MINUTE = 130;

    public enum Kind { COMPLETED_TOO_FAST, QUESTION_NOT_RESOLVED, QUIZ_FAILED_THREE_TIMES, ADAPTATIONS_USED }

    /** One flag: its kind and what it is about (a section, a question, a mode), in plain words. */
    public record Flag(Kind kind, String subject, String detail) {
    }

    private JourneyFlags() {
    }

    public static List<Flag> of(Journey journey, List<JourneyEvent> events) {
        List<Flag> flags = new ArrayList<>();
        tooFast(journey, events, flags);
        for (String section : journey.state().openQuestions()) {
            flags.add(new Flag(Kind.QUESTION_NOT_RESOLVED, section, "A question was raised here and no answer to it is recorded."));
        }
        journey.content().content().questions().forEach(question -> {
            long wrong = journey.state().answers(question.id()).stream().filter(answer -> !answer.correct()).count();
            if (wrong >= ConsentJourneys.MAX_QUIZ_ATTEMPTS) {
                flags.add(new Flag(Kind.QUIZ_FAILED_THREE_TIMES, question.id(), wrong + " wrong answers."));
            }
        });
        Set<String> adaptations = adaptationsUsed(journey, events);
        if (!adaptations.isEmpty()) {
            flags.add(new Flag(Kind.ADAPTATIONS_USED, String.join(", ", adaptations), "Adaptations used during the journey."));
        }
        return List.copyOf(flags);
    }

    /** Every display mode turned on at some point, and a representative who signed. */
    public static Set<String> adaptationsUsed(Journey journey, List<JourneyEvent> events) {
        Set<String> used = new LinkedHashSet<>();
        for (JourneyEvent event : events) {
            DisplayModes modes = event.modes();
            if (modes.largeText()) used.add("large text");
            if (modes.simplified()) used.add("simplified");
            if (modes.highContrast()) used.add("high contrast");
            if (modes.voice()) used.add("voice");
            if (modes.slowSpeech()) used.add("slow speech");
        }
        journey.state().signature().filter(signed -> signed.representativeName() != null).ifPresent(signed -> used.add("representative"));
        return used;
    }

    /** The estimated time to read a section at the level and in the language it was shown, in seconds. */
    public static long readingSeconds(Section section, Language language, boolean simplified) {
        ReadingLevel level = simplified ? ReadingLevel.SIMPLIFIED : ReadingLevel.STANDARD;
        int words = Readability.measure(language, section.text(language, level).paragraphs()).words();
        int perMinute = language == Language.KO ? KOREAN_WORDS_PER_MINUTE : ENGLISH_WORDS_PER_MINUTE;
        return Math.round(words * 60.0 / perMinute);
    }

    private static void tooFast(Journey journey, List<JourneyEvent> events, List<Flag> flags) {
        for (JourneyEvent event : events) {
            if (event.fact() instanceof JourneyFact.SectionAcknowledged ack) {
                Section section = journey.content().content().section(ack.section()).orElse(null);
                if (section == null) {
                    continue;
                }
                long expected = readingSeconds(section, event.language(), event.modes().simplified());
                boolean heard = journey.state().listening(Step.section(ack.section()).key()).shareHeard() >= 0.5;
                if (!heard && ack.dwellMillis() < expected * 1000 * TOO_FAST_SHARE) {
                    flags.add(new Flag(Kind.COMPLETED_TOO_FAST, ack.section(),
                            "Acknowledged after " + Math.round(ack.dwellMillis() / 1000.0) + " s; reading it takes about " + expected + " s."));
                }
            }
        }
    }
}
