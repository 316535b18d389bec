package care.clearconsent.shared.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An API address that does not exist is a problem too, never the app's HTML page or Spring's old error format. */
@RestController
class ApiNotFoundController {

    @RequestMapping({"/api/**", "/fhir/**"})
    ResponseEntity<ProblemDetail> notFound() {
        return ApiProblems.response(HttpStatus.NOT_FOUND, "not-found", "There is no such API address.");
    }
}
