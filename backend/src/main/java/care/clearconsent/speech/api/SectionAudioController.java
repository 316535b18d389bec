package care.clearconsent.speech.api;

import static care.clearconsent.speech.SpeechResponses.parameter;

import care.clearconsent.content.Language;
import care.clearconsent.content.Question;
import care.clearconsent.content.ReadingLevel;
import care.clearconsent.content.Section;
import care.clearconsent.explanation.ExplanationCatalogue;
import care.clearconsent.speech.Sentences;
import care.clearconsent.speech.SpeechRate;
import care.clearconsent.speech.SpeechResponses;
import care.clearconsent.speech.SpeechResponses.InvalidParameter;
import care.clearconsent.speech.SpeechService;
import care.clearconsent.speech.SpeechUnavailable;
import java.util.Locale;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The spoken form of any section or question of a published content version, for the journey's player and the
 * mobile app. A published version never changes, so the audio is cacheable for a long time.
 */
@RestController
class SectionAudioController {

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
        Language spoken = language(language);
        ReadingLevel reading = parameter(() -> ReadingLevel.valueOf(level.toUpperCase(Locale.ROOT)), "level must be standard or simplified");
        Section found = catalogue.byHash(version).flatMap(published -> published.content().section(section))
                .orElseThrow(() -> new NotFound("No section " + section + " in content version " + version));
        return SpeechResponses.mp3(speech.speak(Sentences.ofSection(found.text(spoken, reading)), spoken, rate(rate)), true);
    }

    @GetMapping("/api/v1/content/{version}/questions/{question}/audio")
    ResponseEntity<Resource> questionAudio(@PathVariable String version, @PathVariable String question,
                                           @RequestParam String language, @RequestParam(defaultValue = "normal") String rate) {
        Language spoken = language(language);
        Question found = catalogue.byHash(version).flatMap(published -> published.content().question(question))
                .orElseThrow(() -> new NotFound("No question " + question + " in content version " + version));
        return SpeechResponses.mp3(speech.speak(Sentences.ofQuestion(found, spoken), spoken, rate(rate)), true);
    }

    @ExceptionHandler(InvalidParameter.class)
    ResponseEntity<ProblemDetail> badRequest(InvalidParameter e) {
        return SpeechResponses.problem(HttpStatus.BAD_REQUEST, "Invalid parameter", e.getMessage());
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound e) {
        return SpeechResponses.problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(SpeechUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(SpeechUnavailable e) {
        return SpeechResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, "Speech not available", e.getMessage());
    }

    static Language language(String tag) {
        return parameter(() -> Language.fromTag(tag), "language must be ko or en");
    }

    static SpeechRate rate(String rate) {
        return parameter(() -> SpeechRate.valueOf(rate.toUpperCase(Locale.ROOT)), "rate must be normal or slow");
    }

    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }
}
