package care.clearconsent.shared.api;

import org.springframework.http.HttpStatus;

/** A request the API refuses, with nothing stored: its HTTP status, reason code and a sentence saying why. */
public class ApiRejected extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    public ApiRejected(HttpStatus status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
