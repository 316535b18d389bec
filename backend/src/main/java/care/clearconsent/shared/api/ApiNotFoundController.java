package care.clearconsent.shared.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * An API address that does not exist is a problem too, never the app's HTML page or Spring's old error format; an
 * address that exists for another method is a 405.
 */
@RestController
class ApiNotFoundController {

    private final org.springframework.context.ApplicationContext context;

    /** The handler mappings are looked up when asked: an application started without a web server has none. */
    ApiNotFoundController(org.springframework.context.ApplicationContext context) {
        this.context = context;
    }

    @RequestMapping({"/api/**", "/fhir/**"})
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(ApiRequests.path(request));
        RequestMappingHandlerMapping mappings = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        boolean otherMethod = mappings.getHandlerMethods().keySet().stream()
                .filter(info -> !info.getMethodsCondition().getMethods().isEmpty() && info.getPathPatternsCondition() != null)
                .anyMatch(info -> info.getPathPatternsCondition().getPatterns().stream().anyMatch(pattern -> pattern.matches(path)));
        if (otherMethod) {
            return ApiProblems.response(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", request.getMethod() + " is not allowed here.");
        }
        return ApiProblems.response(HttpStatus.NOT_FOUND, "not-found", "There is no such API address.");
    }
}
