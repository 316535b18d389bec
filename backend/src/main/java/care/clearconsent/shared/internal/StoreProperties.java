package care.clearconsent.shared.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded store, used when no spring.mongodb.uri is set.
 *
 * @param dataDirectory folder of the H2 file (created when missing)
 * @param inMemory keep everything in memory (tests); nothing survives a restart
 * @param port loopback port of the embedded server; 0 picks a free one
 * @param keyDirectory where the generated data key is kept when none is configured (not in production)
 * @param dataKey the key that encrypts personal data at rest: a Tink JSON keyset, base64 (required in production;
 *                never logged)
 */
@Validated
@ConfigurationProperties("clearconsent.store")
public record StoreProperties(
        @DefaultValue("./data") @NotBlank String dataDirectory,
        @DefaultValue("false") boolean inMemory,
        @DefaultValue("0") @Min(0) @Max(65535) int port,
        @DefaultValue("./data/keys") @NotBlank String keyDirectory,
        @org.jspecify.annotations.Nullable String dataKey) {

    /** Shown as "(set)" or "(not set)", never the key itself. */
    @Override
    public String toString() {
        return "StoreProperties[dataDirectory=" + dataDirectory + ", inMemory=" + inMemory + ", port=" + port + ", keyDirectory="
                + keyDirectory + ", dataKey=" + (dataKey == null || dataKey.isBlank() ? "(not set)" : "(set)") + "]";
    }
}
