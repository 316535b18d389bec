package care.clearconsent.consent.api;

import care.clearconsent.consent.JourneyRejected;
import care.clearconsent.shared.api.ApiProblems;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A rule of consent refused the step: the same reason code as on the tablet, as the problem's code and type, with
 * the tablet's own sentence in the language the client asks for.
 */
@RestControllerAdvice(assignableTypes = PatientApiController.class)
class PatientApiProblems {

    private final I18NProvider messages;

    PatientApiProblems(I18NProvider messages) {
        this.messages = messages;
    }

    @ExceptionHandler(JourneyRejected.class)
    ResponseEntity<ProblemDetail> rejected(JourneyRejected rejected, jakarta.servlet.http.HttpServletRequest request) {
        String language = request.getHeader("Accept-Language");
        Locale locale = language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.KOREAN;
        String key = rejected.messageKey();
        // A value that names nothing known is unprocessable; a step the journey's state does not allow now is a conflict.
        HttpStatus status = key.equals("journey.unknown") ? HttpStatus.NOT_FOUND
                : key.endsWith(".required") || key.endsWith(".unknown") || key.endsWith("-system") ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.CONFLICT;
        return ApiProblems.response(status, rejected.messageKey(), messages.getTranslation(rejected.messageKey(), locale));
    }
}
