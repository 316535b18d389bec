package care.clearconsent.reminders;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Twilio and the reminder rules. Secrets come from the environment ({@code CLEARCONSENT_SMS_AUTHTOKEN}, ...) and never
 * reach a log: {@link #toString()} names only whether each is set.
 *
 * @param accountSid          the Twilio account ({@code AC...})
 * @param authToken           the account's auth token: signs Twilio's webhooks, and authenticates sending unless an API
 *                            key is given
 * @param apiKeySid           optional API key ({@code SK...}) to send with instead of the auth token
 * @param apiKeySecret        that key's secret
 * @param messagingServiceSid the messaging service to send from ({@code MG...}), or else
 * @param from                the sender number in E.164 form
 * @param publicBaseUrl       the https address patients and Twilio reach this application at; links and webhook
 *                            signatures are made with it
 * @param institutionName     the hospital's short name, at the start of every message
 * @param twilioAddress       development and tests only: every connection the SDK opens goes to this address (a local
 *                            fake of Twilio's API) instead of api.twilio.com
 * @param sendingLease        how long a sweeper may hold a message while sending; after that another instance takes it
 *                            over, asking Twilio first whether it was taken. Longer than {@code twilioTimeout}.
 * @param batchSize           the most messages one sweep sends before it lets another instance take the lock
 */
@ConfigurationProperties("clearconsent.sms")
public record SmsProperties(@Nullable String accountSid, @Nullable String authToken, @Nullable String apiKeySid, @Nullable String apiKeySecret,
                            @Nullable String messagingServiceSid, @Nullable String from, @Nullable String publicBaseUrl,
                            @DefaultValue("ClearConsent") String institutionName, @Nullable String twilioAddress,
                            @DefaultValue("true") boolean sweepAutomatically, @DefaultValue("PT15S") Duration sweepInterval,
                            @DefaultValue("PT2M") Duration sendingLease, @DefaultValue("5") int maxAttempts,
                            @DefaultValue("PT1M") Duration firstRetryAfter, @DefaultValue("P2D") Duration decideLaterAfter,
                            @DefaultValue("P1D") Duration appointmentNoticeBefore, @DefaultValue("P7D") Duration linkLifetime,
                            @DefaultValue("PT20S") Duration twilioTimeout, @DefaultValue("500") int batchSize) {

    public SmsProperties {
        if (sendingLease.compareTo(twilioTimeout) <= 0) {
            throw new IllegalArgumentException("clearconsent.sms.sending-lease must be longer than clearconsent.sms.twilio-timeout");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("clearconsent.sms.batch-size must be at least 1");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("clearconsent.sms.max-attempts must be at least 1");
        }
        if (publicBaseUrl != null && publicBaseUrl.endsWith("/")) {
            publicBaseUrl = publicBaseUrl.substring(0, publicBaseUrl.length() - 1);
        }
    }

    /** Everything needed to send and to check Twilio's webhooks. */
    public boolean configured() {
        return set(accountSid) && set(authToken) && (set(messagingServiceSid) || set(from)) && set(publicBaseUrl)
                && (!set(apiKeySid) || set(apiKeySecret));
    }

    private static boolean set(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "SmsProperties[configured=" + configured() + ", accountSid=" + (set(accountSid) ? "set" : "unset") + ", authToken="
                + (set(authToken) ? "set" : "unset") + ", apiKey=" + (set(apiKeySid) ? "set" : "unset") + ", publicBaseUrl=" + publicBaseUrl + "]";
    }
}
