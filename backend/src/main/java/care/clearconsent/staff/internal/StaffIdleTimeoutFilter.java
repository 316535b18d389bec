package care.clearconsent.staff.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in staff session after a while without an action. An open tab's heartbeat keeps the web session
 * alive, so the web session's own timeout cannot do this; heartbeats are therefore not counted as actions. Patient
 * tablets hold no staff sign-in, so the patient journey keeps having no timeout.
 */
class StaffIdleTimeoutFilter extends OncePerRequestFilter {

    static final String LAST_ACTION = StaffIdleTimeoutFilter.class.getName() + ".lastAction";

    private final Duration idleTimeout;
    private final Clock clock;

    StaffIdleTimeoutFilter(Duration idleTimeout, Clock clock) {
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && signedIn(SecurityContextHolder.getContext().getAuthentication())) {
            Instant now = clock.instant();
            Object last = session.getAttribute(LAST_ACTION);
            if (last instanceof Instant lastAction && now.isAfter(lastAction.plus(idleTimeout))) {
                // The request goes on as anyone's: a staff page then asks to sign in again.
                session.invalidate();
                SecurityContextHolder.clearContext();
            } else if (!heartbeat(request)) {
                session.setAttribute(LAST_ACTION, now);
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean signedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** Vaadin's heartbeat says only that a tab is open: {@code ?v-r=heartbeat}. */
    private static boolean heartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && query.contains("v-r=heartbeat");
    }
}
