package care.clearconsent.reminders.internal;

import care.clearconsent.reminders.SmsProperties;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.routing.HttpRoutePlanner;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Twilio SDK's client, built once. Its own retries are off (the SDK retried a POST on 503 by itself, which sends a
 * message twice): the outbox owns the retry policy. Time-outs are set on the connection manager, where the SDK's
 * transport reads them. In development and tests every connection goes to a local fake of Twilio's API.
 */
@Configuration(proxyBeanMethods = false)
class TwilioConfiguration {

    @Bean
    @Nullable
    TwilioRestClient twilioRestClient(SmsProperties sms) {
        if (!sms.configured()) {
            return null;
        }
        TwilioRestClient.Builder builder = sms.apiKeySid() == null || sms.apiKeySid().isBlank()
                ? new TwilioRestClient.Builder(sms.accountSid(), sms.authToken())
                : new TwilioRestClient.Builder(sms.apiKeySid(), sms.apiKeySecret()).accountSid(sms.accountSid());
        return builder.httpClient(new SingleAttemptHttpClient(httpClient(sms))).build();
    }

    private static HttpClientBuilder httpClient(SmsProperties sms) {
        Timeout timeout = Timeout.of(sms.twilioTimeout().toMillis(), TimeUnit.MILLISECONDS);
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(timeout).build())
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout).setSocketTimeout(timeout).build())
                .setMaxConnTotal(10).setMaxConnPerRoute(10).build();
        HttpClientBuilder builder = HttpClientBuilder.create().setConnectionManager(connections).disableAutomaticRetries()
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout).build())
                .setUserAgent("clearconsent");
        if (sms.twilioAddress() != null && !sms.twilioAddress().isBlank()) {
            builder.setRoutePlanner(toFake(URI.create(sms.twilioAddress())));
        }
        return builder;
    }

    /** Sends every request to the fake, whatever host the SDK named (it always names api.twilio.com). */
    private static HttpRoutePlanner toFake(URI fake) {
        HttpHost target = new HttpHost(fake.getScheme(), fake.getHost(), fake.getPort());
        return new HttpRoutePlanner() {
            @Override
            public org.apache.hc.client5.http.HttpRoute determineRoute(HttpHost host, HttpContext context) {
                return new org.apache.hc.client5.http.HttpRoute(target);
            }
        };
    }

    /** The SDK's transport with its retry loop removed: one request, one answer. */
    static final class SingleAttemptHttpClient extends NetworkHttpClient {

        /** The HTTP status of this thread's last answer: the SDK drops it when a 5xx body is not JSON. */
        private static final ThreadLocal<Integer> LAST_STATUS = new ThreadLocal<>();

        SingleAttemptHttpClient(HttpClientBuilder builder) {
            super(builder);
        }

        static int lastStatus() {
            Integer status = LAST_STATUS.get();
            return status == null ? 0 : status;
        }

        @Override
        public Response makeRequest(Request request) {
            LAST_STATUS.remove();
            Response response = super.makeRequest(request);
            LAST_STATUS.set(response.getStatusCode());
            return response;
        }

        @Override
        public Response reliableRequest(Request request) {
            return makeRequest(request);
        }

        @Override
        public Response reliableRequest(Request request, int[] retryCodes, int retries, long delayMillis) {
            return makeRequest(request);
        }
    }
}
