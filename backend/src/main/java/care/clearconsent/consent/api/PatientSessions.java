package care.clearconsent.consent.api;

import care.clearconsent.consent.Actor;
import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.Journey;
import care.clearconsent.consent.Origin;
import care.clearconsent.shared.api.ApiRejected;
import care.clearconsent.shared.api.ApiRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every call on a patient's journey carries its session token as a bearer token; it is checked before anything of
 * the request is read, so a call without a live token learns nothing, not even whether its body was valid.
 */
@Configuration(proxyBeanMethods = false)
@io.swagger.v3.oas.annotations.security.SecurityScheme(name = "patient-session", type = io.swagger.v3.oas.annotations.enums.SecuritySchemeType.HTTP,
        scheme = "bearer", description = "The session token POST /api/v1/patient/sessions gave for one journey")
class PatientSessions implements WebMvcConfigurer, HandlerInterceptor {

    static final String HELD = "clearconsent.heldJourney";

    private final ConsentJourneys journeys;

    PatientSessions(ConsentJourneys journeys) {
        this.journeys = journeys;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/patient/journey", "/api/v1/patient/journey/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String token = ApiRequests.bearerToken(request);
        Journey journey = journeys.forSession(token).orElseThrow(() -> new ApiRejected(HttpStatus.UNAUTHORIZED, "session-invalid",
                "The session token is missing, expired or ended. Open the link from the clinic again."));
        request.setAttribute(HELD, new HeldJourney(journey, new Origin(Actor.patient(journey.patientId()), device(token))));
        return true;
    }

    /** The phone an event came from, named without storing the token that would let someone take the journey over. */
    private static String device(String token) {
        return "api-" + care.clearconsent.content.ContentHash.sha256(token).substring(0, 16);
    }
}
