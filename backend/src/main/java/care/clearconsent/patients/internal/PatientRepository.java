package care.clearconsent.patients.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

public interface PatientRepository extends Repository<PatientDocument, String> {

    PatientDocument insert(PatientDocument patient);

    Optional<PatientDocument> findById(String id);

    List<PatientDocument> findAll(Sort sort);
}
