package care.clearconsent.speech.api;

import care.clearconsent.content.Language;
import care.clearconsent.content.ReadingLevel;
import care.clearconsent.content.Question;
import care.clearconsent.content.Section;
import care.clearconsent.explanation.ExplanationCatalogue;
import care.clearconsent.speech.Sentences;
import care.clearconsent.speech.SpeechAudio;
import care.clearconsent.speech.SpeechRate;
import care.clearconsent.speech.SpeechService;
import care.clearconsent.speech.SpeechUnavailable;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The spoken form of any section of a published content version, for the journey's audio player and the mobile app.
 * A published version never changes, so the audio is cacheable for a long time; Range requests are answered in part.
 */
@RestController
class SectionAudioController {

    static final MediaType MP3 = MediaType.parseMediaType("audio/mpeg");

    private final ExplanationCatalogue catalogue;
    private final SpeechService speech;

    SectionAudioController(ExplanationCatalogue catalogue, SpeechService speech) {
        this.catalogue = catalogue;
        this.speech = speech;
    }

    @GetMapping("/api/v1/content/{version}/sections/{section}/audio")
    ResponseEntity<Resource> sectionAudio(@PathVariable String version, @PathVariable String section,
                                          @RequestParam String language, @RequestParam(defaultValue = "normal") String rate,
                                          @RequestParam(defaultValue = "standard") String level) {
        Language spoken = parse(() -> Language.fromTag(language), "language must be ko or en");
        SpeechRate speed = parse(() -> SpeechRate.valueOf(rate.toUpperCase(Locale.ROOT)), "rate must be normal or slow");
        ReadingLevel reading = parse(() -> ReadingLevel.valueOf(level.toUpperCase(Locale.ROOT)), "level must be standard or simplified");
        Section found = catalogue.byHash(version).flatMap(published -> published.content().section(section))
                .orElseThrow(() -> new NotFound("No section " + section + " in content version " + version));
        return mp3(speech.speak(Sentences.ofSection(found.text(spoken, reading)), spoken, speed));
    }

    @GetMapping("/api/v1/content/{version}/questions/{question}/audio")
    ResponseEntity<Resource> questionAudio(@PathVariable String version, @PathVariable String question,
                                           @RequestParam String language, @RequestParam(defaultValue = "normal") String rate) {
        Language spoken = parse(() -> Language.fromTag(language), "language must be ko or en");
        SpeechRate speed = parse(() -> SpeechRate.valueOf(rate.toUpperCase(Locale.ROOT)), "rate must be normal or slow");
        Question found = catalogue.byHash(version).flatMap(published -> published.content().question(question))
                .orElseThrow(() -> new NotFound("No question " + question + " in content version " + version));
        return mp3(speech.speak(Sentences.ofQuestion(found, spoken), spoken, speed));
    }

    private static ResponseEntity<Resource> mp3(SpeechAudio audio) {
        return ResponseEntity.ok()
                .contentType(MP3)
                .eTag(audio.key())
                .cacheControl(CacheControl.maxAge(30, TimeUnit.DAYS).cachePublic())
                .header("X-Sentence-Starts", audio.sentenceStarts().stream().map(s -> String.format(Locale.ROOT, "%.3f", s))
                        .reduce((a, b) -> a + "," + b).orElse(""))
                .body(new ByteArrayResource(audio.mp3()));
    }

    @ExceptionHandler(BadRequest.class)
    ResponseEntity<ProblemDetail> badRequest(BadRequest e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid parameter", e.getMessage());
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "No such section", e.getMessage());
    }

    @ExceptionHandler(SpeechUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(SpeechUnavailable e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Speech not available", e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, String message) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new BadRequest(message);
        }
    }

    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }
}
