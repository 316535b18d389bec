package care.clearconsent.shared.api;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The REST API's limits.
 *
 * @param maxBodyBytes the largest request body accepted (a drawn signature is the largest); larger ones get 413
 * @param corsOrigins  web origins allowed to call the API from a browser (CLEARCONSENT_API_CORS_ORIGINS); none by
 *                     default, so only the app itself and native apps, which CORS does not concern, can call it
 * @param rates        calls allowed per minute
 */
@ConfigurationProperties("clearconsent.api")
public record ApiProperties(@DefaultValue("524288") long maxBodyBytes, @DefaultValue List<String> corsOrigins, @DefaultValue Rates rates) {

    /**
     * @param perAddressPerMinute     calls from one address (a clinic behind one address needs room: a journey is ~100
     *                                calls); the spoken content and the tablet's screen audio are not counted
     * @param tokenExchangesPerMinute link tokens exchanged for sessions from one address
     * @param perApiKeyPerMinute      calls with one institution API key
     */
    public record Rates(@DefaultValue("1200") int perAddressPerMinute, @DefaultValue("10") int tokenExchangesPerMinute,
                        @DefaultValue("300") int perApiKeyPerMinute) {
    }

    public CorsConfigurationSource corsSource() {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!corsOrigins.isEmpty()) {
            CorsConfiguration configuration = new CorsConfiguration();
            configuration.setAllowedOrigins(corsOrigins);
            configuration.setAllowedMethods(List.of("GET", "POST"));
            configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key", "Accept-Language"));
            configuration.setAllowCredentials(false);
            source.registerCorsConfiguration("/api/**", configuration);
            source.registerCorsConfiguration("/fhir/**", configuration);
        }
        return source;
    }
}
