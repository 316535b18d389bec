package care.clearconsent.shared.api;

import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Bad input to any REST endpoint becomes a 4xx problem with its own type: malformed JSON, an unknown field, a value
 * of the wrong type (an object such as {@code {"$gt": ""}} where text is expected), a missing field, a body too large.
 */
@RestControllerAdvice(basePackages = "care.clearconsent")
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiErrorAdvice {

    @ExceptionHandler(ApiRejected.class)
    ResponseEntity<ProblemDetail> rejected(ApiRejected rejected) {
        return ApiProblems.response(rejected.status(), rejected.code(), rejected.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable) {
        Throwable cause = unreadable.getCause();
        if (RequestSizeLimit.tooLarge(unreadable)) {
            return ApiProblems.response(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "The request body is larger than this endpoint accepts.");
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return ApiProblems.response(HttpStatus.BAD_REQUEST, "unknown-field", "The field '" + unknown.getPropertyName() + "' is not part of this request.");
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return ApiProblems.response(HttpStatus.BAD_REQUEST, "wrong-type", "The field '" + path(mismatched) + "' has a value of the wrong type.");
        }
        if (cause instanceof DatabindException bound && !bound.getPath().isEmpty()) {
            return ApiProblems.response(HttpStatus.BAD_REQUEST, "wrong-type", "The field '" + path(bound) + "' has a value that is not allowed.");
        }
        return ApiProblems.response(HttpStatus.BAD_REQUEST, "malformed-json", "The request body is not the JSON this endpoint expects.");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException invalid) {
        String fields = invalid.getBindingResult().getFieldErrors().stream().map(error -> error.getField() + " " + error.getDefaultMessage())
                .sorted().collect(Collectors.joining("; "));
        return ApiProblems.response(HttpStatus.BAD_REQUEST, "invalid-field", "Fields missing or not valid: " + fields + ".");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException missing) {
        return ApiProblems.response(HttpStatus.BAD_REQUEST, "header-missing", "The header " + missing.getHeaderName() + " is required.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException missing) {
        return ApiProblems.response(HttpStatus.BAD_REQUEST, "parameter-missing", "The parameter " + missing.getParameterName() + " is required.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongParameter(MethodArgumentTypeMismatchException wrong) {
        return ApiProblems.response(HttpStatus.BAD_REQUEST, "parameter-invalid", "The value of " + wrong.getName() + " is not valid.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException unsupported) {
        return ApiProblems.response(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Send the body as application/json.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException unsupported) {
        return ApiProblems.response(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", unsupported.getMethod() + " is not allowed here.");
    }

    private static String path(DatabindException e) {
        return e.getPath().stream().map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
