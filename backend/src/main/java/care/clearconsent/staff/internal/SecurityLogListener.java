package care.clearconsent.staff.internal;

import care.clearconsent.staff.SecurityEvent.Kind;
import care.clearconsent.staff.SecurityLog;
import care.clearconsent.staff.StaffAccounts;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Writes Spring Security's sign-in, failure and sign-out events to the security log. */
@Component
class SecurityLogListener {

    private final SecurityLog log;

    SecurityLogListener(SecurityLog log) {
        this.log = log;
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        record(Kind.SIGNED_IN, success.getAuthentication());
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        record(Kind.SIGN_IN_FAILED, failure.getAuthentication());
    }

    @EventListener
    void on(LogoutSuccessEvent signedOut) {
        record(Kind.SIGNED_OUT, signedOut.getAuthentication());
    }

    @EventListener
    void on(SignInThrottle.LockedOut lockedOut) {
        log.record(Kind.LOCKED_OUT, lockedOut.username(), "system", lockedOut.address(), List.of());
    }

    private void record(Kind kind, Authentication authentication) {
        String name = StaffAccounts.normalise(authentication.getName());
        log.record(kind, name, name, address(authentication.getDetails()), List.of());
    }

    static String address(Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null ? web.getRemoteAddress() : "unknown";
    }
}
