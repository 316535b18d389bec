package care.clearconsent.shared.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/** What the API's filters and checks read from a request, read one way everywhere. */
public final class ApiRequests {

    private static final String BEARER = "Bearer ";

    private ApiRequests() {
    }

    /** The address within the application, without its context path. */
    public static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The bearer token of the Authorization header; empty when there is none. */
    public static String bearerToken(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.startsWith(BEARER) ? authorization.substring(BEARER.length()).strip() : "";
    }
}
