package care.clearconsent.consent.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Speaks to the REST API over HTTP as a phone app would: JSON in, JSON or problem JSON out. */
final class PatientApiClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private String token = "";

    PatientApiClient(int port) {
        this.port = port;
    }

    record Answer(int status, String contentType, JsonNode body) {
        String code() {
            return body.path("code").asString();
        }
    }

    PatientApiClient bearer(String sessionToken) {
        this.token = sessionToken;
        return this;
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer post(String path, Object body) {
        return postRaw(path, body instanceof String text ? text : JSON.writeValueAsString(body));
    }

    /** Posts as a careful client does: with a fresh Idempotency-Key, so a retry could reuse it. */
    Answer postRaw(String path, String json) {
        return postWithKey(path, json, java.util.UUID.randomUUID().toString());
    }

    /** Posts with this Idempotency-Key, or none when it is null. */
    Answer postWithKey(String path, String json, String idempotencyKey) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept-Language", "en");
        return token.isEmpty() ? builder : builder.header("Authorization", "Bearer " + token);
    }

    Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
