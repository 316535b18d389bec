package care.clearconsent.consent;

import care.clearconsent.content.Language;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What happened in a journey. Each fact is stored once, as it happens, and never changed. */
public sealed interface JourneyFact {

    /**
     * The journey starts on one published explanation: {@code contentVersion} is its hash, {@code version} its number,
     * and {@code aiSystems} names each AI system explained with its product and model version. {@code optionOrder} is
     * the order each quiz question's choices are shown in this journey, drawn at random so the right answer has no
     * fixed place; journeys started before it existed show the content's order (and hash without it).
     */
    record JourneyStarted(String patientId, String contentVersion, String version, Map<String, String> aiSystems,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable Map<String, List<String>> optionOrder) implements JourneyFact {

        public JourneyStarted {
            aiSystems = Map.copyOf(aiSystems);
            optionOrder = optionOrder == null ? Map.of() : optionOrder.entrySet().stream()
                    .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
        }
    }

    record DisplayChanged(Language language, DisplayModes modes) implements JourneyFact {
    }

    /** A screen was shown; {@code returnTo} is set when a section is re-read from a quiz question. */
    record StepShown(String step, @Nullable String returnTo) implements JourneyFact {
    }

    record SectionAcknowledged(String section, long dwellMillis) implements JourneyFact {
    }

    record QuestionRaised(String section) implements JourneyFact {
    }

    /** {@code shown} is the order the choices were on the screen when this answer was given (absent in older journeys). */
    record QuizAnswered(String question, String option, boolean correct, int attempt,
                        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<String> shown) implements JourneyFact {
    }

    /** {@code careWithoutAi} is null when the content offers no care without AI. */
    record DecisionRecorded(Decision decision, Map<String, Boolean> purposes, @Nullable Boolean careWithoutAi) implements JourneyFact {
        public DecisionRecorded {
            purposes = Map.copyOf(purposes);
        }
    }

    /**
     * The patient listened to a screen read aloud. {@code target} is the step key; {@code position} is where playback
     * stood (seconds); {@code shareHeard} is the part of the audio heard so far (0 to 1).
     */
    record Listened(String target, ListeningAction action, String rate, double position, double shareHeard) implements JourneyFact {
    }

    /**
     * {@code decision} is the hash of the decision event this signature confirms. It is left out of the stored and
     * hashed form when absent, so events signed before it existed keep their hashes.
     */
    record Signed(SignatureMethod method, String imageSha256, String imagePngBase64,
                  @Nullable String representativeName, @Nullable String representativeRelationship,
                  @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String decision) implements JourneyFact {
    }
}
