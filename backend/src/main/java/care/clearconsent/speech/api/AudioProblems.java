package care.clearconsent.speech.api;

import care.clearconsent.speech.SpeechResponses;
import care.clearconsent.speech.SpeechResponses.InvalidParameter;
import care.clearconsent.speech.SpeechResponses.NoSuchAudio;
import care.clearconsent.speech.SpeechUnavailable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every audio endpoint answers bad input the same way: an RFC 9457 problem, never a stack trace. */
@RestControllerAdvice
class AudioProblems {

    @ExceptionHandler(InvalidParameter.class)
    ResponseEntity<ProblemDetail> badRequest(InvalidParameter e) {
        return SpeechResponses.problem(HttpStatus.BAD_REQUEST, "Invalid parameter", e.getMessage());
    }

    @ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongType(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException e) {
        return SpeechResponses.problem(HttpStatus.BAD_REQUEST, "Invalid parameter", e.getName() + " must be a whole number");
    }

    @ExceptionHandler(NoSuchAudio.class)
    ResponseEntity<ProblemDetail> notFound(NoSuchAudio e) {
        return SpeechResponses.problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(SpeechUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(SpeechUnavailable e) {
        return SpeechResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, "Speech not available", e.getMessage());
    }
}
