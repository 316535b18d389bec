package care.clearconsent.shared;

import jakarta.validation.constraints.NotBlank;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Facts about the institution running ClearConsent.
 *
 * @param timeZone the zone dates are shown in to patients (events are always stored in UTC)
 */
@Validated
@ConfigurationProperties("clearconsent.institution")
public record InstitutionProperties(@DefaultValue("Asia/Seoul") @NotBlank String timeZone) {

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
