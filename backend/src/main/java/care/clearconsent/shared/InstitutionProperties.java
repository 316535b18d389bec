package care.clearconsent.shared;

import jakarta.validation.constraints.NotBlank;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Facts about the institution running ClearConsent.
 *
 * @param timeZone the zone dates are shown in to patients (events are always stored in UTC)
 * @param settings values of the institution settings the explanation texts name as {@code {id}} (declared, with
 *                 defaults, in the content's package.yaml); any setting left out keeps its default, marked as such
 */
@Validated
@ConfigurationProperties("clearconsent.institution")
public record InstitutionProperties(@DefaultValue("Asia/Seoul") @NotBlank String timeZone, Map<String, String> settings) {

    public InstitutionProperties {
        // Checked at start, so a mistyped zone stops the app with the setting's name instead of failing on a receipt.
        try {
            ZoneId.of(timeZone);
        } catch (java.time.DateTimeException | NullPointerException wrong) {
            throw new IllegalArgumentException("clearconsent.institution.time-zone (CLEARCONSENT_TIME_ZONE) is not a time zone: '"
                    + timeZone + "'. Use a region name such as Asia/Seoul.", wrong);
        }
        // Setting ids use dashes; keys bound from environment variables arrive with dots or underscores instead.
        Map<String, String> normalised = new java.util.TreeMap<>();
        (settings == null ? Map.<String, String>of() : settings).forEach((key, value) ->
                normalised.put(key.toLowerCase(java.util.Locale.ROOT).replace('.', '-').replace('_', '-'), value));
        settings = Map.copyOf(normalised);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
