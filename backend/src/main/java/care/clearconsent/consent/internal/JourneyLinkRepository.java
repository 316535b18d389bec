package care.clearconsent.consent.internal;

import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface JourneyLinkRepository extends Repository<JourneyLinkDocument, String> {

    JourneyLinkDocument insert(JourneyLinkDocument link);

    Optional<JourneyLinkDocument> findById(String tokenHash);
}
