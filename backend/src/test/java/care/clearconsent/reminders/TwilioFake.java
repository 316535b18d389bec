package care.clearconsent.reminders;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local fake of Twilio's Messages API (WireMock on 127.0.0.1): the SDK talks to it over HTTP exactly as to Twilio.
 * It answers what Twilio answers (201 with the message, 400 with Twilio's error code, a bare 503) and keeps every
 * request it got, so tests check the exact request Twilio would receive.
 */
public final class TwilioFake implements AutoCloseable {

    public static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    public static final String AUTH_TOKEN = "fake-auth-token-not-a-secret-0001";
    public static final String FROM = "+15005550006";
    public static final String PUBLIC_URL = "https://consent.example.kr";
    public static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger SIDS = new AtomicInteger();
    private final WireMockServer server;

    public TwilioFake() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    public String address() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Spring properties that point the application's Twilio client at this fake. */
    public Map<String, String> properties() {
        return Map.of("clearconsent.sms.account-sid", ACCOUNT, "clearconsent.sms.auth-token", AUTH_TOKEN, "clearconsent.sms.from", FROM,
                "clearconsent.sms.public-base-url", PUBLIC_URL, "clearconsent.sms.twilio-address", address());
    }

    public void reset() {
        server.resetAll();
    }

    /** Every message is taken (201, queued). */
    public void accept() {
        server.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody(message("SM" + String.format("%032d", SIDS.incrementAndGet()), "+820000000000", "accepted", "queued"))));
    }

    /** The first send gets a bare 503 (no JSON, as from a load balancer), the next ones are taken. */
    public void unavailableOnce() {
        server.stubFor(post(urlPathEqualTo(MESSAGES)).inScenario("503").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("Service Unavailable")).willSetStateTo("up"));
        server.stubFor(post(urlPathEqualTo(MESSAGES)).inScenario("503").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(message("SM" + String.format("%032d", SIDS.incrementAndGet()), "+820000000000", "accepted", "queued"))));
    }

    /** Every send is refused with a Twilio error code, as Twilio does (400 and a JSON error). */
    public void refuse(int code, String message) {
        server.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":" + code + ",\"message\":\"" + message + "\",\"more_info\":\"https://www.twilio.com/docs/errors/" + code
                        + "\",\"status\":400}")));
    }

    /** The message list (what Twilio has taken) holds these messages, newest first. */
    public void listHolds(List<LoggedRequest> sent) {
        StringBuilder messages = new StringBuilder();
        for (LoggedRequest request : sent) {
            Map<String, String> form = form(request);
            if (!messages.isEmpty()) {
                messages.append(',');
            }
            messages.append(message("SM" + String.format("%032d", SIDS.incrementAndGet()), form.get("To"), form.get("Body"), "delivered"));
        }
        server.stubFor(get(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"messages\":[" + messages + "],\"end\":0,\"first_page_uri\":\"" + MESSAGES + "?PageSize=50&Page=0\",\"next_page_uri\":null,"
                        + "\"page\":0,\"page_size\":50,\"previous_page_uri\":null,\"start\":0,\"uri\":\"" + MESSAGES + "?PageSize=50&Page=0\"}")));
    }

    /** The send requests the fake got, oldest first. */
    public List<LoggedRequest> sends() {
        return server.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)));
    }

    public List<LoggedRequest> sendsTo(String e164) {
        return sends().stream().filter(request -> e164.equals(form(request).get("To"))).toList();
    }

    public int lookUps() {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo(MESSAGES))).size();
    }

    public static Map<String, String> form(LoggedRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    /** Twilio's webhook signature: HMAC-SHA1 over the URL and the sorted form fields, keyed with the auth token. */
    public static String sign(String authToken, String url, Map<String, String> form) {
        StringBuilder data = new StringBuilder(url);
        SortedMap<String, String> sorted = new TreeMap<>(form);
        sorted.forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String message(String sid, String to, String body, String status) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("sid", sid);
        message.put("account_sid", ACCOUNT);
        message.put("to", to);
        message.put("from", FROM);
        message.put("body", body);
        message.put("status", status);
        message.put("direction", "outbound-api");
        message.put("num_segments", "1");
        message.put("api_version", "2010-04-01");
        message.put("date_created", "Thu, 26 Nov 2026 10:00:00 +0000");
        message.put("uri", "/2010-04-01/Accounts/" + ACCOUNT + "/Messages/" + sid + ".json");
        return JSON.writeValueAsString(message);
    }

    @Override
    public void close() {
        server.stop();
    }
}
