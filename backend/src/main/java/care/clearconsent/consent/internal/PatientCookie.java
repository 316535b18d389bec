package care.clearconsent.consent.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The cookie that binds a tablet's browser to the patient session a link was exchanged for. HttpOnly, so no script can
 * read it; SameSite=Lax, so a link from a text message still opens the journey; Secure whenever the request came over
 * TLS (directly or through the proxy's forwarded headers).
 */
public final class PatientCookie {

    public static final String NAME = "cc-patient";

    private PatientCookie() {
    }

    public static Optional<String> read(Cookie @org.jspecify.annotations.Nullable [] cookies) {
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> NAME.equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    public static Optional<String> read(HttpServletRequest request) {
        return read(request.getCookies());
    }

    public static void set(HttpServletRequest request, HttpServletResponse response, String secret, Duration lifetime) {
        response.addCookie(cookie(request, secret, (int) Math.min(Integer.MAX_VALUE, lifetime.toSeconds())));
    }

    public static void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(cookie(request, "", 0));
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAgeSeconds) {
        Cookie cookie = new Cookie(NAME, value);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(maxAgeSeconds);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
