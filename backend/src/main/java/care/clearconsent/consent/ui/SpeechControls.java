package care.clearconsent.consent.ui;

import care.clearconsent.consent.JourneyRejected;
import care.clearconsent.consent.Step;
import care.clearconsent.content.Language;
import care.clearconsent.speech.SpeechAudio;
import care.clearconsent.speech.SpeechRate;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * With voice readout on: large play, pause and replay buttons and the screen's audio, played as the screen opens.
 * When no engine can speak the language here, says so and suggests the nurse reads aloud. Off: nothing at all.
 */
class SpeechControls extends Div {

    SpeechControls(StepContext context, Step step, List<String> sentences, String audioPath) {
        this(context, step.key(), sentences, audioPath, "");
    }

    /** {@code idPrefix} keeps ids unique when a screen has a second player (a glossary definition). */
    SpeechControls(StepContext context, String target, List<String> sentences, String audioPath, String idPrefix) {
        // audioPath: the endpoint that serves these same sentences; language and rate are added here.
        addClassName("cc-speech");
        var modes = context.journey().state().modes();
        if (!modes.voice()) {
            setVisible(false);
            return;
        }
        Language language = context.journey().state().language();
        if (!context.speech().available(language)) {
            Paragraph notice = new Paragraph(getTranslation("journey.speech.unavailable"));
            notice.setId(idPrefix + "speech-unavailable");
            notice.addClassName("cc-notice");
            add(notice);
            return;
        }
        SpeechRate rate = modes.slowSpeech() ? SpeechRate.SLOW : SpeechRate.NORMAL;
        SpeechAudio audio = context.speech().speak(sentences, language, rate);
        String src = audioPath + (audioPath.contains("?") ? "&" : "?") + "language=" + language.tag() + "&rate=" + rate.name().toLowerCase(java.util.Locale.ROOT);
        SpeechPlayer player = new SpeechPlayer(idPrefix + "speech-player", src, audio.sentenceStarts(), true, report -> {
            try {
                context.journeys().listened(context.journey().id(), context.origin(), target, report.action(), rate.name(),
                        report.position(), report.shareHeard());
            } catch (JourneyRejected ignored) {
                // A report for a screen that is no longer shown changes nothing the patient sees.
            }
        });
        Button play = control(idPrefix + "speech-play", "journey.speech.play", player::play);
        Button pause = control(idPrefix + "speech-pause", "journey.speech.pause", player::pause);
        Button replay = control(idPrefix + "speech-replay", "journey.speech.replay", player::replay);
        Div controls = new Div(play, pause, replay);
        controls.addClassName("cc-speech-controls");
        controls.getElement().setAttribute("role", "group");
        controls.getElement().setAttribute("aria-label", getTranslation("journey.display.voice"));
        add(controls, player);
    }

    private Button control(String id, String key, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(id);
        button.addClassName("cc-action");
        return button;
    }
}
