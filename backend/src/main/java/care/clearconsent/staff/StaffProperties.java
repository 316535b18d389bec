package care.clearconsent.staff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Staff sign-in settings.
 *
 * @param idleTimeout     a staff session ends after this long without an action (an open tab's heartbeat is not one)
 * @param firstAdmin      the administrator created at start when no account of that name exists (from the environment)
 * @param signIn          how many failed sign-ins lock an account or an address, and for how long
 */
@Validated
@ConfigurationProperties("clearconsent.staff")
public record StaffProperties(@DefaultValue("PT15M") @NotNull Duration idleTimeout,
                              @DefaultValue @Valid FirstAdmin firstAdmin,
                              @DefaultValue @Valid SignIn signIn) {

    public StaffProperties {
        if (idleTimeout != null && (idleTimeout.isNegative() || idleTimeout.isZero())) {
            throw new IllegalArgumentException("clearconsent.staff.idle-timeout must be a positive duration such as PT15M, not " + idleTimeout);
        }
    }

    /** Both set, or neither; the password is read once at start, only its hash is kept. */
    public record FirstAdmin(@Nullable String username, @Nullable String password) {

        public boolean configured() {
            return username != null && !username.isBlank();
        }
    }

    public record SignIn(@DefaultValue("5") @Min(1) int failuresPerAccount,
                         @DefaultValue("20") @Min(1) int failuresPerAddress,
                         @DefaultValue("PT15M") @NotNull Duration lockout) {
    }
}
