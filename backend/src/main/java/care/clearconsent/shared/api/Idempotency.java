package care.clearconsent.shared.api;

import care.clearconsent.shared.PersonalDataCipher;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Set;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} (IETF httpapi draft) on the API's POSTs: a retried request with the same key and body gets
 * the first answer again and creates nothing twice, also when both arrive at once; the same key with another body is
 * refused (422); a key still being answered is refused (409). Required on the POSTs that create something, honoured
 * on the others. Only successful answers are kept (sealed, since they may hold a session token), for a day.
 */
@Component
public class Idempotency extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    /** The POSTs that create something: without a key, a retry after a lost answer would create it twice. */
    static final Set<String> CREATING = Set.of("/api/v1/patient/sessions", "/api/v1/patient/journey/requests", "/api/v1/invitations",
            "/api/v1/patients");
    /** Creating paths with an id inside: a patient's appointments. */
    static final java.util.regex.Pattern CREATING_UNDER = java.util.regex.Pattern.compile("/api/v1/patients/[^/]+/appointments");
    static final String COLLECTION = "api_idempotency";
    private static final Duration KEPT = Duration.ofHours(24);
    private static final int MAX_KEY_LENGTH = 255;

    private final MongoTemplate mongo;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    Idempotency(MongoTemplate mongo, PersonalDataCipher cipher, Clock clock) {
        this.mongo = mongo;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !ApiRequests.path(request).startsWith("/api/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key == null) {
            String path = ApiRequests.path(request);
            if (CREATING.contains(path) || CREATING_UNDER.matcher(path).matches()) {
                write(response, HttpStatus.BAD_REQUEST, "idempotency-key-missing", "This request creates something: send an Idempotency-Key header.");
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            write(response, HttpStatus.BAD_REQUEST, "idempotency-key-invalid", "The Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters.");
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (RequestSizeLimit.TooLarge tooLarge) {
            write(response, HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "The request body is larger than this endpoint accepts.");
            return;
        }
        // A key belongs to one client: the same key from another session or for another address is another request.
        String id = sha256(nullToEmpty(request.getHeader("Authorization")) + "\n" + ApiRequests.path(request) + "\n" + key);
        String requestHash = sha256(new String(body, StandardCharsets.ISO_8859_1));
        Document first = new Document("_id", id).append("requestHash", requestHash).append("state", "IN_FLIGHT")
                .append("at", Date.from(clock.instant()));
        try {
            mongo.insert(first, COLLECTION);
        } catch (DuplicateKeyException seenBefore) {
            answerAgain(id, requestHash, response);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(new Replayable(request, body), recorded);
            if (recorded.getStatus() < 300) {
                keep(id, recorded);
                kept = true;
                forgetExpired();
            }
        } finally {
            if (!kept) {
                // Refused or failed: nothing was created, so a retry may try again.
                mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION);
            }
            recorded.copyBodyToResponse();
        }
    }

    private void answerAgain(String id, String requestHash, HttpServletResponse response) throws IOException {
        Document earlier = mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, COLLECTION);
        if (earlier == null || "IN_FLIGHT".equals(earlier.getString("state"))) {
            write(response, HttpStatus.CONFLICT, "idempotency-key-in-use", "A request with this Idempotency-Key is still being answered; try again shortly.");
            return;
        }
        if (!requestHash.equals(earlier.getString("requestHash"))) {
            write(response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "This Idempotency-Key was used with another request body.");
            return;
        }
        try {
            byte[] body = cipher.decrypt(earlier.get("body", Binary.class).getData(), COLLECTION + "/" + id);
            response.setStatus(earlier.getInteger("status"));
            response.setContentType(earlier.getString("contentType"));
            response.setHeader("Idempotent-Replayed", "true");
            response.getOutputStream().write(body);
        } catch (GeneralSecurityException unreadable) {
            throw new IllegalStateException("A kept idempotent answer cannot be read", unreadable);
        }
    }

    private void keep(String id, ContentCachingResponseWrapper recorded) {
        byte[] body = cipher.encrypt(recorded.getContentAsByteArray(), COLLECTION + "/" + id);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new org.springframework.data.mongodb.core.query.Update().set("state", "DONE")
                .set("status", recorded.getStatus()).set("contentType", nullToEmpty(recorded.getContentType())).set("body", new Binary(body)), COLLECTION);
    }

    private void forgetExpired() {
        mongo.remove(Query.query(Criteria.where("at").lt(Date.from(clock.instant().minus(KEPT)))), COLLECTION);
    }

    private static void write(HttpServletResponse response, HttpStatus status, String code, String detail) throws IOException {
        ApiProblems.write(response, status, code, detail);
    }


    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String sha256(String text) {
        return care.clearconsent.content.ContentHash.sha256(text);
    }

    /** The request with its body, already read to compare it, readable again by the endpoint. */
    private static final class Replayable extends HttpServletRequestWrapper {

        private final byte[] body;

        Replayable(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous only");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
