package care.clearconsent.integration;

import care.clearconsent.shared.api.ApiRejected;
import care.clearconsent.shared.api.ApiRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The institution API's calls carry an API key as a bearer token; it is checked, with the scope the address needs,
 * before anything of the request is read. No key or a revoked one: 401; a key without the scope: 403.
 */
@Configuration(proxyBeanMethods = false)
@io.swagger.v3.oas.annotations.security.SecurityScheme(name = "api-key", type = io.swagger.v3.oas.annotations.enums.SecuritySchemeType.HTTP,
        scheme = "bearer", description = "An institution API key (cc_...), created by an administrator with its scopes")
public class ApiKeyAuthentication implements WebMvcConfigurer, HandlerInterceptor {

    static final String CLIENT = "clearconsent.apiClient";
    private static final Map<String, ApiScope> SCOPES = Map.of("/api/v1/invitations", ApiScope.CREATE_INVITATIONS,
            "/api/v1/patients/", ApiScope.READ_STATUS, "/fhir/r4/", ApiScope.READ_EVIDENCE);

    private final ApiKeys keys;

    ApiKeyAuthentication(ApiKeys keys) {
        this.keys = keys;
    }

    /** The system whose key this request was authenticated with. */
    public static ApiClient client(HttpServletRequest request) {
        return (ApiClient) request.getAttribute(CLIENT);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/invitations", "/api/v1/patients", "/api/v1/patients/**", "/fhir/r4/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        ApiClient client = keys.authenticate(ApiRequests.bearerToken(request)).orElseThrow(() -> new ApiRejected(HttpStatus.UNAUTHORIZED, "api-key-invalid",
                "The API key is missing, unknown or revoked."));
        String path = ApiRequests.path(request);
        // Registering a patient and their appointments is part of inviting them; reading a patient is reading status.
        boolean invites = "POST".equals(request.getMethod()) && (path.equals("/api/v1/patients") || path.startsWith("/api/v1/patients/"));
        ApiScope needed = invites ? ApiScope.CREATE_INVITATIONS : SCOPES.entrySet().stream().filter(entry -> path.startsWith(entry.getKey())).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new ApiRejected(HttpStatus.NOT_FOUND, "not-found", "There is no such API address."));
        if (!client.scopes().contains(needed)) {
            throw new ApiRejected(HttpStatus.FORBIDDEN, "api-key-scope", "This API key may not " + needed.name().toLowerCase().replace('_', ' ') + ".");
        }
        request.setAttribute(CLIENT, client);
        return true;
    }
}
