package care.clearconsent.reminders.internal;

import care.clearconsent.reminders.SmsGateway;
import care.clearconsent.reminders.SmsProperties;
import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Twilio's Messages API through its Java SDK: one request per call, errors turned into outcomes. */
@Component
class TwilioSmsGateway implements SmsGateway {

    /** How far back the look-up after a crash reads the recipient's messages, newest first. */
    private static final long LOOK_BACK = 50;

    private final ObjectProvider<TwilioRestClient> client;
    private final SmsProperties sms;

    TwilioSmsGateway(ObjectProvider<TwilioRestClient> client, SmsProperties sms) {
        this.client = client;
        this.sms = sms;
    }

    @Override
    public SendOutcome send(String to, String body, URI statusCallback) {
        MessageCreator creator = sms.messagingServiceSid() != null && !sms.messagingServiceSid().isBlank()
                ? Message.creator(sms.accountSid(), new PhoneNumber(to), sms.messagingServiceSid(), body)
                : Message.creator(sms.accountSid(), new PhoneNumber(to), new PhoneNumber(sms.from()), body);
        try {
            Message sent = creator.setStatusCallback(statusCallback).create(twilio());
            return new Accepted(sent.getSid(), String.valueOf(sent.getStatus()));
        } catch (ApiConnectionException noAnswer) {
            return new NoAnswer(noAnswer.getMessage() == null ? noAnswer.getClass().getSimpleName() : noAnswer.getMessage());
        } catch (ApiException refused) {
            Integer status = refused.getStatusCode();
            int httpStatus = status != null ? status : TwilioConfiguration.SingleAttemptHttpClient.lastStatus();
            return new Refused(refused.getCode(), httpStatus, String.valueOf(refused.getMessage()));
        }
    }

    @Override
    public Optional<String> findSent(String to, String body) {
        var page = Message.reader(sms.accountSid()).setTo(new PhoneNumber(to)).setPageSize(LOOK_BACK).firstPage(twilio());
        return page.getRecords().stream().filter(message -> body.equals(message.getBody())).map(Message::getSid).findFirst();
    }

    private TwilioRestClient twilio() {
        TwilioRestClient twilio = client.getIfAvailable();
        if (twilio == null) {
            throw new IllegalStateException("SMS is not configured");
        }
        return twilio;
    }
}
