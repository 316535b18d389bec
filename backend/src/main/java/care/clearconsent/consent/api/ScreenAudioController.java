package care.clearconsent.consent.api;

import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.Journey;
import care.clearconsent.consent.ScreenText;
import care.clearconsent.content.ContentPackage;
import care.clearconsent.content.Language;
import care.clearconsent.explanation.InstitutionSchedule;
import care.clearconsent.speech.SpeechRate;
import care.clearconsent.speech.SpeechResponses;
import care.clearconsent.speech.SpeechResponses.NoSuchAudio;
import care.clearconsent.speech.SpeechService;
import com.vaadin.flow.i18n.I18NProvider;
import care.clearconsent.consent.internal.PatientCookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The spoken welcome, decision, signature and receipt screens of the journey this browser holds. The receipt names
 * the patient's own decision, so these are served only to the patient session's cookie and are never cached.
 */
@RestController
class ScreenAudioController {

    private final ConsentJourneys journeys;
    private final SpeechService speech;
    private final I18NProvider messages;
    private final InstitutionSchedule institution;

    ScreenAudioController(ConsentJourneys journeys, SpeechService speech, I18NProvider messages, InstitutionSchedule institution) {
        this.journeys = journeys;
        this.speech = speech;
        this.messages = messages;
        this.institution = institution;
    }

    @GetMapping("/api/v1/journey/screens/{screen}/audio")
    ResponseEntity<Resource> screenAudio(HttpServletRequest request, @PathVariable String screen,
                                         @RequestParam String language, @RequestParam(defaultValue = "normal") String rate) {
        Language spoken = SpeechResponses.language(language);
        SpeechRate speed = SpeechResponses.rate(rate);
        String session = PatientCookie.read(request).orElse("");
        Journey journey = journeys.forSession(session).orElseThrow(() -> new NoSuchAudio("This browser holds no journey"));
        ContentPackage content = journey.content().content();
        ScreenText text = new ScreenText(messages, spoken, content);
        List<String> sentences = switch (screen) {
            case "welcome" -> text.welcome();
            case "decision" -> text.decision(content);
            case "signature" -> text.signature(journeys.witnessFor(session).isPresent());
            case "receipt" -> text.receiptSpoken(text.receipt(journey.state(), content, institution.zone()));
            case ConsentJourneys.WITHDRAWAL_TARGET -> text.withdrawal(journey, institution.zone());
            default -> throw new NoSuchAudio("No screen " + screen + " is read aloud");
        };
        return SpeechResponses.mp3(speech.speak(sentences, spoken, speed), false);
    }
}
