package care.clearconsent.staff.internal;

import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface StaffAccountRepository extends Repository<StaffAccount, String> {

    Optional<StaffAccount> findById(String username);

    boolean existsById(String username);

    StaffAccount insert(StaffAccount account);
}
