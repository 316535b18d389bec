package care.clearconsent.consent.internal;

import care.clearconsent.consent.Actor;
import care.clearconsent.consent.DisplayModes;
import care.clearconsent.consent.JourneyEvent;
import care.clearconsent.consent.JourneyFact;
import care.clearconsent.consent.JourneyId;
import care.clearconsent.content.Language;
import java.time.Clock;
import org.bson.Document;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Appends events to a journey's hash chain without transactions: insert the next seq after the last event the caller
 * saw; the unique (journeyId, seq) index makes a concurrent writer lose, and the loser is told so.
 */
@Component
public class EventLedger {

    private static final String COLLECTION = "consent_events";
    /** Seqs asked for in one query: most journeys fit in one batch. */
    private static final int READ_BATCH = 96;

    private final EventRepository events;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final PersonalDataVault vault;

    EventLedger(EventRepository events, MongoTemplate mongo, Clock clock, PersonalDataVault vault) {
        this.vault = vault;
        this.events = events;
        this.mongo = mongo;
        this.clock = clock;
        // The chain's integrity rests on this index, so it is created here, not left to a configuration flag.
        mongo.indexOps(EventDocument.class).createIndex(
                new Index().on("journeyId", Sort.Direction.ASC).on("seq", Sort.Direction.ASC).unique().named("journey_seq"));
    }

    /** What every event of one journey shares, plus who caused it and the modes in effect. */
    public record Context(JourneyId journeyId, String patientId, String contentVersion, Actor actor, String device,
                          Language language, DisplayModes modes) {
    }

    /**
     * Appends after the event the caller last saw ({@code lastSeq} 0 and {@link EventHasher#GENESIS} for a new journey).
     * Returns empty when another writer appended first: the caller must read the journey again and re-check the fact
     * against what is now there, because a fact accepted against stale state may no longer hold.
     */
    public Optional<JourneyEvent> tryAppend(Context context, long lastSeq, String lastHash, JourneyFact fact) {
        var unhashed = new EventDocument(null, context.journeyId().value(), lastSeq + 1, clock.instant().truncatedTo(ChronoUnit.MILLIS),
                context.actor().kind().name(), context.actor().id(), context.device(), context.patientId(), context.contentVersion(),
                context.language().tag(), context.modes(), fact, lastHash, "", EventCanonicalForm.VERSION, EventCanonicalForm.typeName(fact));
        // Hashed in the form it is stored in, so verification never depends on the Java classes that wrote it.
        Document stored = new Document();
        mongo.getConverter().write(unhashed, stored);
        stored.remove("_id");
        String hash = EventCanonicalForm.hash(stored);
        stored.put("hash", hash);
        try {
            mongo.insert(stored, COLLECTION);
            return Optional.of(toEvent(withHash(unhashed, hash)));
        } catch (DuplicateKeyException concurrentAppend) {
            return Optional.empty();
        }
    }

    /** The journeys that hold at least one event of this fact type (its fixed name, for example "RequestMade"). */
    public List<String> journeysWithFact(String factType) {
        return mongo.findDistinct(Query.query(Criteria.where("factType").is(factType)), "journeyId", COLLECTION, String.class);
    }

    /**
     * For the institution's figures: per journey, its events of these types in order ({@code type}, {@code fact},
     * {@code language}, {@code modes}), from one aggregation over the store (a $match, $sort and $group).
     */
    public List<Document> factsByJourney(java.util.Collection<String> factTypes) {
        var pipeline = org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation(
                org.springframework.data.mongodb.core.aggregation.Aggregation.match(Criteria.where("factType").in(factTypes)),
                org.springframework.data.mongodb.core.aggregation.Aggregation.sort(org.springframework.data.domain.Sort.by("journeyId", "seq")),
                org.springframework.data.mongodb.core.aggregation.Aggregation.group("journeyId").push(new Document("type", "$factType")
                        .append("fact", "$fact").append("language", "$language").append("modes", "$modes")).as("events"));
        return mongo.aggregate(pipeline, COLLECTION, Document.class).getMappedResults();
    }

    /** The journey's events in order, read by seq on the unique index, so the cost is the journey's length, not the store's. */
    public List<JourneyEvent> events(JourneyId journeyId) {
        return documentsFrom(journeyId.value(), 1).stream().map(this::toEvent).toList();
    }

    /**
     * The journey's events from {@code firstSeq} on, up to the first gap, read a batch of seqs at a time: equality on the
     * journey and a list of seqs is what both the embedded store and MongoDB answer from the (journeyId, seq) index, so
     * a journey of 60 events takes one query instead of 60.
     */
    private List<EventDocument> documentsFrom(String journeyId, long firstSeq) {
        List<EventDocument> found = new ArrayList<>();
        for (long from = firstSeq; ; from += READ_BATCH) {
            List<Long> seqs = java.util.stream.LongStream.range(from, from + READ_BATCH).boxed().toList();
            Map<Long, EventDocument> batch = new java.util.HashMap<>();
            mongo.find(Query.query(Criteria.where("journeyId").is(journeyId).and("seq").in(seqs)), EventDocument.class)
                    .forEach(event -> batch.put(event.seq(), event));
            for (long seq : seqs) {
                EventDocument event = batch.get(seq);
                if (event == null) {
                    return found;
                }
                found.add(event);
            }
        }
    }

    /**
     * True when every event's hash is right and links to the one before, with no gap in seq. Unlike {@link #events}
     * this reads every stored event of the journey, so a deleted event shows as a gap.
     */
    public boolean verify(JourneyId journeyId) {
        String previous = EventHasher.GENESIS;
        long expectedSeq = 1;
        Query query = Query.query(Criteria.where("journeyId").is(journeyId.value())).with(Sort.by(Sort.Direction.ASC, "seq"));
        for (Document event : mongo.find(query, Document.class, COLLECTION)) {
            if (!(event.get("seq") instanceof Number seq) || seq.longValue() != expectedSeq++ || !previous.equals(event.get("previousHash"))
                    || !EventCanonicalForm.recompute(event, mongo.getConverter()).equals(event.get("hash"))) {
                return false;
            }
            previous = String.valueOf(event.get("hash"));
        }
        return true;
    }

    private static EventDocument withHash(EventDocument e, String hash) {
        return new EventDocument(e.id(), e.journeyId(), e.seq(), e.at(), e.actorKind(), e.actorId(), e.device(), e.patientId(),
                e.contentVersion(), e.language(), e.modes(), e.fact(), e.previousHash(), hash, e.hashVersion(), e.factType());
    }

    /** The event as the application uses it: a signature's personal parts read back from the vault while it holds them. */
    private JourneyEvent toEvent(EventDocument e) {
        JourneyFact fact = e.fact();
        if (fact instanceof JourneyFact.Signed signed && signed.personalData() != null && signed.personalCommitment() != null) {
            fact = vault.open(signed.personalData(), e.journeyId(), signed.personalCommitment())
                    .map(opened -> signed.withPersonalData(opened.fields())).orElse(signed);
        }
        if (fact instanceof JourneyFact.ConsentWithdrawn withdrawn && withdrawn.personalData() != null && withdrawn.personalCommitment() != null) {
            fact = vault.open(withdrawn.personalData(), e.journeyId(), withdrawn.personalCommitment())
                    .map(opened -> withdrawn.withPersonalData(opened.fields())).orElse(withdrawn);
        }
        return new JourneyEvent(new JourneyId(e.journeyId()), e.seq(), e.at(), new Actor(Actor.Kind.valueOf(e.actorKind()), e.actorId()),
                e.device(), e.patientId(), e.contentVersion(), Language.fromTag(e.language()), e.modes(), fact, e.previousHash(), e.hash());
    }
}
