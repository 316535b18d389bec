package care.clearconsent.staff.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

public interface StaffAccountRepository extends Repository<StaffAccount, String> {

    Optional<StaffAccount> findById(String username);

    boolean existsById(String username);

    boolean existsByRolesContaining(String role);

    List<StaffAccount> findAll(Sort sort);

    StaffAccount insert(StaffAccount account);

    StaffAccount save(StaffAccount account);
}
