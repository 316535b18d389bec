package care.clearconsent.reminders.api;

import care.clearconsent.reminders.SmsOutbox;
import care.clearconsent.reminders.SmsProperties;
import care.clearconsent.shared.api.ApiRejected;
import com.twilio.security.RequestValidator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's webhooks: delivery status of each message we sent, and replies (STOP). Every request must carry Twilio's
 * signature over the public address it was sent to and its form fields; anything else is refused before it is read.
 */
@RestController
@Tag(name = "Twilio webhooks", description = "Called by Twilio, signed with the account's auth token")
class TwilioWebhookController {

    static final String SIGNATURE = "X-Twilio-Signature";

    private final SmsOutbox outbox;
    private final SmsProperties sms;

    TwilioWebhookController(SmsOutbox outbox, SmsProperties sms) {
        this.outbox = outbox;
        this.sms = sms;
    }

    @PostMapping(path = "/api/v1/sms/twilio/status/{messageId}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "A message's delivery status, reported by Twilio")
    ResponseEntity<Void> status(@PathVariable String messageId, HttpServletRequest request) {
        Map<String, String> form = verified(request);
        String status = form.getOrDefault("MessageStatus", form.getOrDefault("SmsStatus", ""));
        if (status.isBlank()) {
            throw new ApiRejected(HttpStatus.BAD_REQUEST, "field-missing", "MessageStatus is required.");
        }
        if (!outbox.statusReported(messageId, status, form.get("ErrorCode"))) {
            throw new ApiRejected(HttpStatus.NOT_FOUND, "not-found", "No message has this id.");
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/api/v1/sms/twilio/inbound", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.TEXT_XML_VALUE)
    @Operation(summary = "A reply from a patient's phone; STOP stops text reminders")
    ResponseEntity<String> inbound(HttpServletRequest request) {
        Map<String, String> form = verified(request);
        outbox.replied(form.getOrDefault("From", ""), form.getOrDefault("Body", ""));
        // No automatic answer: Twilio itself confirms STOP to the sender where the country supports it.
        return ResponseEntity.ok("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>");
    }

    private Map<String, String> verified(HttpServletRequest request) {
        if (!sms.configured()) {
            throw new ApiRejected(HttpStatus.NOT_FOUND, "sms-not-configured", "SMS is not configured.");
        }
        String signature = request.getHeader(SIGNATURE);
        Map<String, String> form = new TreeMap<>();
        request.getParameterMap().forEach((name, values) -> form.put(name, values.length == 0 ? "" : values[0]));
        String url = sms.publicBaseUrl() + request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        if (signature == null || !new RequestValidator(sms.authToken()).validate(url, form, signature)) {
            throw new ApiRejected(HttpStatus.FORBIDDEN, "webhook-signature-invalid", "The request is not signed by Twilio for this address.");
        }
        return form;
    }
}
