package care.clearconsent.consent.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

public interface JourneyRepository extends Repository<JourneyDocument, String> {

    JourneyDocument insert(JourneyDocument journey);

    Optional<JourneyDocument> findById(String id);

    List<JourneyDocument> findAll(Sort sort);

    List<JourneyDocument> findByPatientId(String patientId, Sort sort);
}
