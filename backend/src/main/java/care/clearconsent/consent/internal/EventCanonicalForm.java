package care.clearconsent.consent.internal;

import care.clearconsent.consent.JourneyFact;
import care.clearconsent.content.CanonicalJson;
import care.clearconsent.content.Jcs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.convert.MongoConverter;

/**
 * The hashed form of a consent event, version 1 (docs/evidence-canonical-form.md): the stored document itself, every
 * named field except its storage id, its own hash and the mapping layer's class names, written as RFC 8785 canonical
 * JSON and hashed with SHA-256. The fact's type is a stored, fixed name. Because it is computed from what is stored,
 * not from Java classes, an event keeps verifying when classes are renamed or fields added.
 * Events without {@code hashVersion} were hashed in the earlier form ({@link EventHasher}) and are verified that way.
 */
public final class EventCanonicalForm {

    public static final int VERSION = 1;
    /** What a recomputed hash says when a document cannot be hashed at all (an unknown version, an unreadable field). */
    public static final String UNREADABLE = "unreadable";

    private EventCanonicalForm() {
    }

    /** The version-1 hash of a stored (or about to be stored) event document. */
    public static String hash(Document stored) {
        return CanonicalJson.sha256(canonical(stored));
    }

    /** The hash an event's stored fields give now, in the form its {@code hashVersion} names. */
    public static String recompute(Document stored, MongoConverter converter) {
        return hashedText(stored, converter).map(CanonicalJson::sha256).orElse(UNREADABLE);
    }

    /**
     * The exact text an event's hash is the SHA-256 of, in the form its {@code hashVersion} names: what an evidence
     * pack carries, so a verifier outside the application recomputes the hash from the text alone. Empty when the
     * document cannot be hashed at all.
     */
    public static java.util.Optional<String> hashedText(Document stored, MongoConverter converter) {
        try {
            Object version = stored.get("hashVersion");
            if (version == null) {
                return java.util.Optional.of(EventHasher.hashedText(converter.read(EventDocument.class, stored)));
            }
            return version instanceof Number number && number.intValue() == VERSION
                    ? java.util.Optional.of(canonical(stored)) : java.util.Optional.empty();
        } catch (RuntimeException notAnEvent) {
            return java.util.Optional.empty();
        }
    }

    private static String canonical(Document stored) {
        Map<String, Object> named = namedFields(stored);
        named.remove("_id");
        named.remove("hash");
        return Jcs.write(named);
    }

    /** The fixed name of a fact's type, stored with the event: renaming a class does not rename what was recorded. */
    public static String typeName(JourneyFact fact) {
        return switch (fact) {
            case JourneyFact.JourneyStarted started -> "JourneyStarted";
            case JourneyFact.DisplayChanged changed -> "DisplayChanged";
            case JourneyFact.StepShown shown -> "StepShown";
            case JourneyFact.SectionPageShown page -> "SectionPageShown";
            case JourneyFact.SectionAcknowledged acknowledged -> "SectionAcknowledged";
            case JourneyFact.QuestionRaised raised -> "QuestionRaised";
            case JourneyFact.CueResolved resolved -> "CueResolved";
            case JourneyFact.TeachBackScored scored -> "TeachBackScored";
            case JourneyFact.ExplanationAttested attested -> "ExplanationAttested";
            case JourneyFact.QuizAnswered answered -> "QuizAnswered";
            case JourneyFact.DecisionRecorded decision -> "DecisionRecorded";
            case JourneyFact.AiSystemChosen chosen -> "AiSystemChosen";
            case JourneyFact.Listened listened -> "Listened";
            case JourneyFact.Signed signed -> "Signed";
            case JourneyFact.RecordAccessed accessed -> "RecordAccessed";
            case JourneyFact.PersonalDataErased erased -> "PersonalDataErased";
            case JourneyFact.ConsentWithdrawn withdrawn -> "ConsentWithdrawn";
            case JourneyFact.RequestMade made -> "RequestMade";
            case JourneyFact.RequestAnswered answered -> "RequestAnswered";
        };
    }

    /** A copy without the mapping layer's "_class" members, at every depth. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> namedFields(Map<String, Object> document) {
        Map<String, Object> copy = new LinkedHashMap<>();
        document.forEach((name, value) -> {
            if (!name.equals("_class")) {
                copy.put(name, named(value));
            }
        });
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object named(Object value) {
        if (value instanceof Map<?, ?> map) {
            return namedFields((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(element -> copy.add(named(element)));
            return copy;
        }
        return value;
    }
}
