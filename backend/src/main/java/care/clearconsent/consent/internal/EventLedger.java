package care.clearconsent.consent.internal;

import care.clearconsent.consent.Actor;
import care.clearconsent.consent.DisplayModes;
import care.clearconsent.consent.JourneyEvent;
import care.clearconsent.consent.JourneyFact;
import care.clearconsent.consent.JourneyId;
import care.clearconsent.content.Language;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Appends events to a journey's hash chain without transactions: read the last event, insert the next seq;
 * when another writer won that seq, read again and retry.
 */
@Component
public class EventLedger {

    private static final int MAX_ATTEMPTS = 25;

    private final EventRepository events;
    private final Clock clock;

    EventLedger(EventRepository events, MongoTemplate mongo, Clock clock) {
        this.events = events;
        this.clock = clock;
        // The chain's integrity rests on this index, so it is created here, not left to a configuration flag.
        mongo.indexOps(EventDocument.class).createIndex(
                new Index().on("journeyId", Sort.Direction.ASC).on("seq", Sort.Direction.ASC).unique().named("journey_seq"));
    }

    /** What every event of one journey shares, plus who caused it and the modes in effect. */
    public record Context(JourneyId journeyId, String patientId, String contentVersion, Actor actor, String device,
                          Language language, DisplayModes modes) {
    }

    public JourneyEvent append(Context context, JourneyFact fact) {
        for (int attempt = 1; ; attempt++) {
            var last = events.findFirstByJourneyIdOrderBySeqDesc(context.journeyId().value());
            long seq = last.map(EventDocument::seq).orElse(0L) + 1;
            String previousHash = last.map(EventDocument::hash).orElse(EventHasher.GENESIS);
            var unhashed = new EventDocument(null, context.journeyId().value(), seq, clock.instant().truncatedTo(ChronoUnit.MILLIS),
                    context.actor().kind().name(), context.actor().id(), context.device(), context.patientId(), context.contentVersion(),
                    context.language().tag(), context.modes(), fact, previousHash, "");
            var event = withHash(unhashed, EventHasher.hash(unhashed));
            try {
                return toEvent(events.insert(event));
            } catch (DuplicateKeyException concurrentAppend) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw concurrentAppend;
                }
                backOff(attempt);
            }
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

    public List<JourneyEvent> events(JourneyId journeyId) {
        return events.findByJourneyIdOrderBySeqAsc(journeyId.value()).stream().map(EventLedger::toEvent).toList();
    }

    /** True when every event's hash is right and links to the one before, with no gap in seq. */
    public boolean verify(JourneyId journeyId) {
        String previous = EventHasher.GENESIS;
        long expectedSeq = 1;
        for (EventDocument event : events.findByJourneyIdOrderBySeqAsc(journeyId.value())) {
            if (event.seq() != expectedSeq++ || !event.previousHash().equals(previous)
                    || !EventHasher.hash(event).equals(event.hash())) {
                return false;
            }
            previous = event.hash();
        }
        return true;
    }

    private static EventDocument withHash(EventDocument e, String hash) {
        return new EventDocument(e.id(), e.journeyId(), e.seq(), e.at(), e.actorKind(), e.actorId(), e.device(), e.patientId(),
                e.contentVersion(), e.language(), e.modes(), e.fact(), e.previousHash(), hash);
    }

    private static JourneyEvent toEvent(EventDocument e) {
        return new JourneyEvent(new JourneyId(e.journeyId()), e.seq(), e.at(), new Actor(Actor.Kind.valueOf(e.actorKind()), e.actorId()),
                e.device(), e.patientId(), e.contentVersion(), Language.fromTag(e.language()), e.modes(), e.fact(), e.previousHash(), e.hash());
    }
}
