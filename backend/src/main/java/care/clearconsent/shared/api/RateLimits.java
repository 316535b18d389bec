package care.clearconsent.shared.api;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits on the API (Bucket4j token buckets, kept in memory per instance): every address has a budget of calls
 * per minute, exchanging link tokens has a much smaller one (guessing a token is hopeless, and stays so), and each
 * institution API key has its own. Over budget: 429 with Retry-After, nothing done.
 */
public class RateLimits extends OncePerRequestFilter {

    /** Addresses and keys remembered at most; the least recently seen are forgotten first. */
    private static final int REMEMBERED = 20_000;

    private final ApiProperties.Rates rates;
    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > REMEMBERED;
        }
    });

    public RateLimits(ApiProperties.Rates rates) {
        this.rates = rates;
    }

    /**
     * The spoken content and the tablet's own screens are read aloud to every patient in a clinic, often from one
     * address behind the clinic's router; they reveal nothing and are not limited. Everything else under the API is.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = ApiRequests.path(request);
        boolean api = path.startsWith("/api/") || path.startsWith("/fhir/");
        return !api || path.startsWith("/api/v1/content/") || path.startsWith("/api/v1/journey/screens/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        String address = request.getRemoteAddr();
        if (!take(response, "address:" + address, rates.perAddressPerMinute())) {
            return;
        }
        if ("POST".equals(request.getMethod()) && ApiRequests.path(request).equals("/api/v1/patient/sessions")
                && !take(response, "exchange:" + address, rates.tokenExchangesPerMinute())) {
            return;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.startsWith("Bearer cc_") && !take(response, "key:" + authorization.hashCode(), rates.perApiKeyPerMinute())) {
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean take(HttpServletResponse response, String who, int perMinute) throws IOException {
        Bucket bucket = buckets.computeIfAbsent(who + "/" + perMinute, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build()).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return true;
        }
        long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
        response.setHeader("Retry-After", Long.toString(seconds));
        ApiProblems.write(response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests. Try again in " + seconds + " seconds.");
        return false;
    }

}
