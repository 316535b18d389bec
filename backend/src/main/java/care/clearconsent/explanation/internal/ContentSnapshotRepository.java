package care.clearconsent.explanation.internal;

import org.springframework.data.repository.Repository;
import java.util.Optional;

/** Insert and read only: a published version is immutable. */
public interface ContentSnapshotRepository extends Repository<ContentSnapshot, String> {

    Optional<ContentSnapshot> findById(String hash);

    ContentSnapshot insert(ContentSnapshot snapshot);
}
