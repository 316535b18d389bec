package care.clearconsent.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local fake of Twilio's Messages API (WireMock on 127.0.0.1) for the production jar: it takes every message
 * (201, after an optional delay) and answers the message list from what it took, as Twilio does, so an instance that
 * lost track of a send can look it up.
 */
final class TwilioFake implements AutoCloseable {

    static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    static final String AUTH_TOKEN = "fake-auth-token-not-a-secret-0001";
    static final String FROM = "+15005550006";
    private static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";

    record Sent(String sid, String to, String body) {
    }

    private final ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sids = new AtomicInteger();
    private final AtomicInteger lookUps = new AtomicInteger();
    private volatile int delayMillis;
    private final WireMockServer server;

    TwilioFake() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().containerThreads(20).extensions(new Messages()));
        server.start();
        server.stubFor(any(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withTransformers(Messages.NAME)));
    }

    /** The properties that point a server at this fake, with links made for the server's own address. */
    Map<String, String> properties(String publicBaseUrl) {
        return Map.of("clearconsent.sms.account-sid", ACCOUNT, "clearconsent.sms.auth-token", AUTH_TOKEN, "clearconsent.sms.from", FROM,
                "clearconsent.sms.public-base-url", publicBaseUrl, "clearconsent.sms.twilio-address", "http://127.0.0.1:" + server.port());
    }

    /** Each message takes this long to be taken, as over a real network. */
    void delay(int millis) {
        delayMillis = millis;
    }

    List<Sent> sent() {
        return List.copyOf(sent);
    }

    List<Sent> sentTo(String e164) {
        return sent.stream().filter(message -> message.to().equals(e164)).toList();
    }

    int lookUps() {
        return lookUps.get();
    }

    @Override
    public void close() {
        server.stop();
    }

    private final class Messages implements ResponseDefinitionTransformerV2 {

        static final String NAME = "twilio-messages";

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            var request = event.getRequest();
            if (request.getMethod().getName().equals("POST")) {
                Map<String, String> form = form(request.getBodyAsString());
                Sent message = new Sent("SM" + String.format("%032d", sids.incrementAndGet()), form.get("To"), form.get("Body"));
                sent.add(message);
                return json(201, message(message)).withFixedDelay(delayMillis).build();
            }
            lookUps.incrementAndGet();
            String to = form(request.getUrl().contains("?") ? request.getUrl().substring(request.getUrl().indexOf('?') + 1) : "").get("To");
            StringBuilder list = new StringBuilder();
            sent.stream().filter(message -> message.to().equals(to)).forEach(message -> list.append(list.isEmpty() ? "" : ",").append(message(message)));
            return json(200, "{\"messages\":[" + list + "],\"end\":0,\"first_page_uri\":\"" + MESSAGES + "?PageSize=50&Page=0\",\"next_page_uri\":null,"
                    + "\"page\":0,\"page_size\":50,\"previous_page_uri\":null,\"start\":0,\"uri\":\"" + MESSAGES + "\"}").build();
        }

        private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
            return com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                    .withHeader("Content-Type", "application/json").withBody(body);
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }

    private static String message(Sent message) {
        return "{\"sid\":\"" + message.sid() + "\",\"account_sid\":\"" + ACCOUNT + "\",\"to\":\"" + message.to() + "\",\"from\":\"" + FROM
                + "\",\"body\":" + quoted(message.body()) + ",\"status\":\"queued\",\"direction\":\"outbound-api\",\"api_version\":\"2010-04-01\","
                + "\"date_created\":\"Thu, 26 Nov 2026 10:00:00 +0000\",\"uri\":\"/2010-04-01/Accounts/" + ACCOUNT + "/Messages/" + message.sid() + ".json\"}";
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(c -> out.append(c == '"' || c == '\\' ? "\\" + (char) c : c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.append('"').toString();
    }

    static Map<String, String> form(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
