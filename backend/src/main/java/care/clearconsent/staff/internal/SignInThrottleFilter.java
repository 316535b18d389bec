package care.clearconsent.staff.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a sign-in attempt, without checking the password, while its account or address is throttled. */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final String loginPath;

    SignInThrottleFilter(SignInThrottle throttle, String loginPath) {
        this.throttle = throttle;
        this.loginPath = loginPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean signIn = "POST".equals(request.getMethod()) && (request.getContextPath() + loginPath).equals(request.getRequestURI());
        if (signIn) {
            String username = request.getParameter("username");
            if (throttle.throttled(username == null ? "" : username, request.getRemoteAddr())) {
                response.sendRedirect(request.getContextPath() + loginPath + "?throttled");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
