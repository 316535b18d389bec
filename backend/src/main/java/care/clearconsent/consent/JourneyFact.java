package care.clearconsent.consent;

import care.clearconsent.content.Language;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What happened in a journey. Each fact is stored once, as it happens, and never changed. */
public sealed interface JourneyFact {

    /**
     * A fact whose personal parts (free text, names, an image) are sealed apart from the chain: the stored event names
     * the sealed record and holds a salted commitment to it.
     */
    interface SealsPersonalData {
        @Nullable String personalData();

        @Nullable String personalCommitment();
    }

    /**
     * The journey starts on one published explanation: {@code contentVersion} is its hash, {@code version} its number,
     * and {@code aiSystems} names each AI system explained with its product and model version. {@code optionOrder} is
     * the order each quiz question's choices are shown in this journey, drawn at random so the right answer has no
     * fixed place; journeys started before it existed show the content's order (and hash without it). {@code ageBand}
     * is the patient's age band on that day ({@code 75-84}): coarse on purpose, so the institution's figures can show
     * unequal understanding by age without the events holding a birth date (absent in earlier journeys).
     */
    record JourneyStarted(String patientId, String contentVersion, String version, Map<String, String> aiSystems,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable Map<String, List<String>> optionOrder,
                          @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String ageBand) implements JourneyFact {

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

    /** Another part of the section on screen (a long section is read in parts, {@code page} from 0). */
    record SectionPageShown(String section, int page) implements JourneyFact {
    }

    /**
     * {@code dwellMillis} is the time since the section was opened; {@code pageDwellMillis} the time spent on each of
     * its parts, in order, over every visit (absent in journeys from before sections had parts).
     */
    record SectionAcknowledged(String section, long dwellMillis,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable List<Long> pageDwellMillis) implements JourneyFact {
    }

    record QuestionRaised(String section) implements JourneyFact {
    }

    /**
     * A member of staff dealt with what the tablet told them about: {@code cue} is {@code question} (a question raised
     * on section {@code subject}) or {@code quiz} (question {@code subject} answered wrongly three times).
     */
    record CueResolved(String cue, String subject) implements JourneyFact {
    }

    /** The patient's teach-back on one key point (a section id), scored by the nurse who heard it. */
    record TeachBackScored(String point, TeachBackScore score) implements JourneyFact {
    }

    /** The nurse explained these key points in person and, when {@code witness}, signs as witness to the consent. */
    record ExplanationAttested(List<String> explained, boolean witness) implements JourneyFact {
    }

    /** {@code shown} is the order the choices were on the screen when this answer was given (absent in older journeys). */
    record QuizAnswered(String question, String option, boolean correct, int attempt,
                        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<String> shown) implements JourneyFact {
    }

    /**
     * The patient accepted ({@code used}) or declined one AI system, where the institution lets patients decline it.
     * Recorded, one event per system, just before the decision it belongs to; the decision that follows confirms it.
     */
    record AiSystemChosen(String aiSystem, boolean used) implements JourneyFact {
    }

    /** {@code careWithoutAi} is null when the content offers no care without AI. */
    record DecisionRecorded(Decision decision, Map<String, Boolean> purposes, @Nullable Boolean careWithoutAi) implements JourneyFact {
        public DecisionRecorded {
            purposes = Map.copyOf(purposes);
        }
    }

    /**
     * The patient listened to a screen read aloud. {@code target} is the step key; {@code position} is where playback
     * stood (seconds); {@code shareHeard} is the part of the audio heard so far (0 to 1); {@code page} is the part of
     * a section shown in parts that was read aloud (absent for screens in one part and in older journeys).
     */
    record Listened(String target, ListeningAction action, String rate, double position, double shareHeard,
                    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer page) implements JourneyFact {
    }

    /**
     * {@code decision} is the hash of the decision event this signature confirms. {@code form} says how it was given
     * (absent means drawn): a drawing keeps its image, a typed name its text, a witnessed confirmation the staff member
     * who watched ({@code witness}). Fields added later are left out of the stored and hashed form when absent, so
     * events signed before they existed keep their hashes.
     * <p>
     * The personal parts (image, representative's name and relationship, typed name) of signatures recorded since
     * personal data is kept apart are stored encrypted outside the chain: the stored event holds them blank, with
     * {@code personalData} naming the sealed record and {@code personalCommitment} its salted commitment.
     * ({@link ConsentWithdrawn} seals its free-text reason the same way.) Events read
     * back carry them filled in while the record is held ({@link #withPersonalData}); once erased they stay blank.
     */
    record Signed(SignatureMethod method, String imageSha256, String imagePngBase64,
                  @Nullable String representativeName, @Nullable String representativeRelationship,
                  @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String decision,
                  @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable SignatureForm form,
                  @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String typedName,
                  @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String witness,
                  @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String personalData,
                  @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String personalCommitment,
                  @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String representativeReason) implements JourneyFact, SealsPersonalData {

        private static final String IMAGE = "imagePngBase64";
        /** Why the patient could not sign for themselves, in the representative's or nurse's words: sealed like the names. */
        private static final String REASON = "representativeReason";
        private static final String REPRESENTATIVE = "representativeName";
        private static final String RELATIONSHIP = "representativeRelationship";
        private static final String TYPED_NAME = "typedName";

        /** How the signature was given; signatures from before there was a choice were all drawn. */
        public SignatureForm formGiven() {
            return form == null ? SignatureForm.DRAWN : form;
        }

        /** The personal parts, to be sealed apart from the chain. */
        public Map<String, String> personalFields() {
            Map<String, String> fields = new java.util.TreeMap<>();
            if (!imagePngBase64.isEmpty()) {
                fields.put(IMAGE, imagePngBase64);
            }
            putIfPresent(fields, REPRESENTATIVE, representativeName);
            putIfPresent(fields, RELATIONSHIP, representativeRelationship);
            putIfPresent(fields, TYPED_NAME, typedName);
            putIfPresent(fields, REASON, representativeReason);
            return fields;
        }

        /** The form that is stored and hashed: personal parts blank, the sealed record named and committed to. */
        public Signed sealedAs(String recordId, String commitment) {
            return new Signed(method, "", "", null, null, decision, form, null, witness, recordId, commitment, null);
        }

        /** The signature with its personal parts read back from the sealed record. */
        public Signed withPersonalData(Map<String, String> fields) {
            String image = fields.getOrDefault(IMAGE, "");
            return new Signed(method, image.isEmpty() ? "" : care.clearconsent.content.ContentHash.sha256(image), image,
                    fields.get(REPRESENTATIVE), fields.get(RELATIONSHIP), decision, form, fields.get(TYPED_NAME), witness,
                    personalData, personalCommitment, fields.get(REASON));
        }

        /** Whether personal parts were sealed apart and are no longer held (erased as the law required). */
        public boolean personalDataErased() {
            return personalData != null && personalFields().isEmpty();
        }

        private static void putIfPresent(Map<String, String> fields, String name, @Nullable String value) {
            if (value != null) {
                fields.put(name, value);
            }
        }
    }

    /**
     * A member of staff looked at or exported this journey's record: {@code what} was viewed or downloaded (for
     * example {@code evidence-pack}) and {@code reason} is why, as they gave it. Recorded before the data is shown,
     * in the same chain, so the record carries its own access history.
     */
    record RecordAccessed(String what, String reason) implements JourneyFact {
    }

    /** A signature's personal parts (the sealed record {@code record}) were erased; the commitment in the chain stays. */
    record PersonalDataErased(String record) implements JourneyFact {
    }

    /**
     * Consent withdrawn from this moment on: all of it, one purpose ({@code target} its id) or one AI system
     * ({@code target} its section id). The consent before stays in the record; {@code reason} is given when a nurse
     * withdraws on the patient's behalf.
     */
    record ConsentWithdrawn(WithdrawalScope scope, @Nullable String target, @Nullable String reason,
                            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String personalData,
                            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String personalCommitment) implements JourneyFact, SealsPersonalData {

        static final String REASON = "reason";

        /** The stored form: a reason, free text, is sealed apart and only committed to. */
        ConsentWithdrawn sealedAs(String recordId, String commitment) {
            return new ConsentWithdrawn(scope, target, null, recordId, commitment);
        }

        /** The withdrawal with its reason read back from the sealed record (blank once erased). */
        public ConsentWithdrawn withPersonalData(Map<String, String> fields) {
            return new ConsentWithdrawn(scope, target, fields.get(REASON), personalData, personalCommitment);
        }
    }

    /**
     * The patient asked for an explanation of an AI-assisted decision or for a human review of it (PIPA Art. 37-2);
     * {@code dueBy} is when the answer is due. {@code requestId} names the request in its answer.
     */
    record RequestMade(String requestId, RequestKind kind, @Nullable String aiSystem, java.time.Instant dueBy) implements JourneyFact {
    }

    /** A request was answered, and how. */
    record RequestAnswered(String requestId, RequestOutcome outcome) implements JourneyFact {
    }
}
