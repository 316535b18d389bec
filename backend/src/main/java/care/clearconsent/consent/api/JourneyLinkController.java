package care.clearconsent.consent.api;

import care.clearconsent.consent.JourneyAccess;
import care.clearconsent.consent.JourneyProperties;
import care.clearconsent.consent.internal.PatientCookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Where a journey link lands. The link is exchanged once for a patient session held in this browser's cookie, and the
 * browser is redirected to an address with no secret in it: a redirect is not kept in the browser's history, and the
 * used link opens nothing afterwards. The link never reaches a page, a script or a log.
 */
@Controller
class JourneyLinkController {

    private final JourneyAccess access;
    private final JourneyProperties properties;

    JourneyLinkController(JourneyAccess access, JourneyProperties properties) {
        this.access = access;
        this.properties = properties;
    }

    @GetMapping("/journey/{token}")
    ResponseEntity<Void> open(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        var session = access.redeem(token);
        session.ifPresentOrElse(held -> PatientCookie.set(request, response, held.secret(), properties.sessionLifetime()),
                () -> PatientCookie.clear(request, response));
        String target = session.isPresent() ? "/journey" : "/link-invalid";
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(request.getContextPath() + target))
                .cacheControl(CacheControl.noStore()).build();
    }
}
