package care.clearconsent.staff.internal;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A staff member who can sign in. Only the password hash is stored. */
@Document("staff_accounts")
public record StaffAccount(@Id String username, String displayName, String passwordHash, List<String> roles) {
}
