package care.clearconsent.shared.api;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * RFC 9457 problem answers of the REST API. Each error has a stable {@code type} URI, {@code TYPE_BASE} followed by
 * its reason code, and the reason code itself in {@code code}, so a client can act on it without parsing text.
 */
public final class ApiProblems {

    public static final String TYPE_BASE = "https://clearconsent.care/problems/";
    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private ApiProblems() {
    }

    public static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return problem;
    }

    /** For filters, which answer before Spring MVC (and its JSON converter) is reached; details are plain sentences. */
    public static void write(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String code, String detail) throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"" + TYPE_BASE + code + "\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"code\":\"" + code + "\"}");
    }

    public static ResponseEntity<ProblemDetail> response(HttpStatus status, String code, String detail) {
        return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(problem(status, code, detail));
    }
}
