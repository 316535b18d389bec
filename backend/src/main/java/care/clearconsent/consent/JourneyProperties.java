package care.clearconsent.consent;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long a journey's secrets live. The journey itself never times out: a patient takes as long as they need.
 *
 * @param linkLifetime    a link must be opened within this time of being issued (a tablet hand-over takes minutes)
 * @param sessionLifetime a tablet keeps the journey it opened this long; after that the nurse issues a new link and
 *                        the journey resumes at the same step
 * @param receiptShownFor after the journey ends, the tablet shows the receipt this long unless given back sooner
 * @param apiSessionLifetime a session token the REST API exchanged a link for lasts this long: a phone can be lost
 *                        or shared, so it is short; the patient asks for a new link to go on, and the journey resumes
 * @param quizOrderSeed   for tests only: a fixed seed for the order of quiz choices; unset, each journey draws its
 *                        order from a secure random source
 */
@Validated
@ConfigurationProperties("clearconsent.journey")
public record JourneyProperties(@DefaultValue("PT15M") @NotNull Duration linkLifetime,
                                @DefaultValue("PT12H") @NotNull Duration sessionLifetime,
                                @DefaultValue("PT15M") @NotNull Duration receiptShownFor,
                                @DefaultValue("PT30M") @NotNull Duration apiSessionLifetime,
                                @org.jspecify.annotations.Nullable Long quizOrderSeed) {

    public JourneyProperties {
        requirePositive("clearconsent.journey.link-lifetime", linkLifetime);
        requirePositive("clearconsent.journey.session-lifetime", sessionLifetime);
        requirePositive("clearconsent.journey.receipt-shown-for", receiptShownFor);
        requirePositive("clearconsent.journey.api-session-lifetime", apiSessionLifetime);
    }

    private static void requirePositive(String setting, Duration value) {
        if (value != null && (value.isNegative() || value.isZero())) {
            throw new IllegalArgumentException(setting + " must be a positive duration such as PT15M, not " + value);
        }
    }
}
