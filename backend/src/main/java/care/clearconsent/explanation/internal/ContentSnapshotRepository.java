package care.clearconsent.explanation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Insert and read only: a published version is immutable. */
public interface ContentSnapshotRepository extends Repository<ContentSnapshot, String> {

    Optional<ContentSnapshot> findById(String hash);

    List<ContentSnapshot> findAll();

    ContentSnapshot insert(ContentSnapshot snapshot);
}
