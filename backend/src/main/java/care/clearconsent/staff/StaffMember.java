package care.clearconsent.staff;

import java.util.List;

/** A staff account as the workspace shows it: never its password hash. */
public record StaffMember(String username, String displayName, List<String> roles) {

    public StaffMember {
        roles = List.copyOf(roles);
    }
}
