package care.clearconsent.staff;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the staff security log.
 *
 * @param username the account concerned (as typed, for a failed sign-in to an unknown name)
 * @param by who caused it: the account itself, an administrator, or "system"
 * @param address where the request came from, when known
 * @param roles the account's roles after the change (creation and role changes), else empty
 */
public record SecurityEvent(Instant at, Kind kind, String username, String by, String address, List<String> roles) {

    public SecurityEvent {
        roles = List.copyOf(roles);
    }

    public enum Kind {
        SIGNED_IN, SIGN_IN_FAILED, LOCKED_OUT, SIGNED_OUT, ACCOUNT_CREATED, ROLES_CHANGED
    }
}
