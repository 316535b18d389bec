package care.clearconsent.consent.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Append and read only: there is deliberately no update or delete. */
public interface EventRepository extends Repository<EventDocument, String> {

    EventDocument insert(EventDocument event);

    List<EventDocument> findByJourneyIdOrderBySeqAsc(String journeyId);

    /** An exact match on the unique (journeyId, seq) index: the one look-up the embedded server answers from an index. */
    Optional<EventDocument> findByJourneyIdAndSeq(String journeyId, long seq);
}
