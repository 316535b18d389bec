package care.clearconsent.consent.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Append and read only: there is deliberately no update or delete. */
public interface EventRepository extends Repository<EventDocument, String> {

    EventDocument insert(EventDocument event);

    List<EventDocument> findByJourneyIdOrderBySeqAsc(String journeyId);

    Optional<EventDocument> findFirstByJourneyIdOrderBySeqDesc(String journeyId);
}
