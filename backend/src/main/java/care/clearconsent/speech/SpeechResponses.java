package care.clearconsent.speech;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** How every audio endpoint answers: MP3 with sentence timings (Range handled by Spring), or an RFC 9457 problem. */
public final class SpeechResponses {

    public static final MediaType MP3 = MediaType.parseMediaType("audio/mpeg");

    private SpeechResponses() {
    }

    /** {@code shared}: public content that any cache may keep; otherwise the audio is personal and kept by no one. */
    public static ResponseEntity<Resource> mp3(SpeechAudio audio, boolean shared) {
        return ResponseEntity.ok()
                .contentType(MP3)
                .eTag(audio.key())
                .cacheControl(shared ? CacheControl.maxAge(30, TimeUnit.DAYS).cachePublic() : CacheControl.noStore())
                .header("X-Sentence-Starts", audio.sentenceStarts().stream()
                        .map(start -> String.format(Locale.ROOT, "%.3f", start)).collect(Collectors.joining(",")))
                .body(new ByteArrayResource(audio.mp3()));
    }

    public static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    public static care.clearconsent.content.Language language(String tag) {
        return parameter(() -> care.clearconsent.content.Language.fromTag(tag), "language must be ko or en");
    }

    public static SpeechRate rate(String rate) {
        return parameter(() -> SpeechRate.valueOf(rate.toUpperCase(Locale.ROOT)), "rate must be normal or slow");
    }

    /** Reads a request parameter, or fails with a message that says what is allowed. */
    public static <T> T parameter(java.util.function.Supplier<T> parser, String message) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter(message);
        }
    }

    public static final class InvalidParameter extends RuntimeException {
        public InvalidParameter(String message) {
            super(message);
        }
    }

    /** Nothing to speak at that address: unknown content version, section, question, journey link or screen. */
    public static final class NoSuchAudio extends RuntimeException {
        public NoSuchAudio(String message) {
            super(message);
        }
    }
}
