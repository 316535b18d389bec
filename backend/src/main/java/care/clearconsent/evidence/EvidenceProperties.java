package care.clearconsent.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The institution's transparency log.
 *
 * @param directory          where the generated signing key (embedded default only) and the checkpoint file are kept;
 *                           outside the database, so a rewritten database cannot rewrite its own history unseen
 * @param signingKey         the institution's Ed25519 private key, base64 PKCS#8 (required in production; never logged)
 * @param logName            the log's origin line in every checkpoint, and the key's name
 * @param checkpointInterval how often a new checkpoint is signed when events were added
 * @param pdfFont            the TrueType font embedded in evidence PDFs, regular weight; it must cover Korean and pass
 *                           PDF/A checks (Debian's fonts-nanum NanumBarunGothic does; NanumGothic does not)
 * @param pdfBoldFont        the same font's bold weight
 */
@Validated
@ConfigurationProperties("clearconsent.evidence")
public record EvidenceProperties(@DefaultValue("./data/evidence") @NotBlank String directory,
                                 @Nullable String signingKey,
                                 @DefaultValue("clearconsent.local/consent-log") @NotBlank String logName,
                                 @DefaultValue("PT5M") @NotNull Duration checkpointInterval,
                                 @DefaultValue("/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf") @NotBlank String pdfFont,
                                 @DefaultValue("/usr/share/fonts/truetype/nanum/NanumBarunGothicBold.ttf") @NotBlank String pdfBoldFont) {

    public EvidenceProperties {
        if (checkpointInterval != null && (checkpointInterval.isNegative() || checkpointInterval.isZero())) {
            throw new IllegalArgumentException("clearconsent.evidence.checkpoint-interval must be a positive duration such as PT5M");
        }
        if (logName != null && (logName.contains("\n") || logName.contains(" ") || logName.contains("+"))) {
            throw new IllegalArgumentException("clearconsent.evidence.log-name must be one word without spaces or '+', such as hospital.example/consent");
        }
    }

    /** Shown as "(set)" or "(not set)", never the key itself. */
    @Override
    public String toString() {
        return "EvidenceProperties[directory=" + directory + ", signingKey=" + (signingKey == null || signingKey.isBlank() ? "(not set)" : "(set)")
                + ", logName=" + logName + ", checkpointInterval=" + checkpointInterval + ", pdfFont=" + pdfFont + ", pdfBoldFont=" + pdfBoldFont + "]";
    }
}
