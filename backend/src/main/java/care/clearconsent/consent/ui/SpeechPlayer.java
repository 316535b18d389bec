package care.clearconsent.consent.ui;

import care.clearconsent.consent.ListeningAction;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import java.util.List;
import org.slf4j.LoggerFactory;
import java.util.Locale;
import java.util.stream.Collectors;

/** The audio of one screen (scripts/speech-player.js in the frontend module); it reports what was listened to. */
@Tag("cc-speech-player")
@JavaScript("context://scripts/speech-player.js")
class SpeechPlayer extends Component {

    /** What the browser reported: the action, where playback stood and the share heard so far. */
    record Report(ListeningAction action, double position, double shareHeard) {
    }

    SpeechPlayer(String id, String src, List<Double> sentenceStarts, boolean autoplay, java.util.function.Consumer<Report> onReport) {
        setId(id);
        getElement().setAttribute("src", src);
        getElement().setAttribute("starts", sentenceStarts.stream().map(s -> String.format(Locale.ROOT, "%.3f", s)).collect(Collectors.joining(",")));
        if (autoplay) {
            getElement().setAttribute("autoplay", "");
        }
        // A report naming an action we do not know (an altered page) is dropped: nothing is stored from it.
        getElement().addEventListener("speech-listened", event -> ListeningAction.parse(event.getEventData().get("event.detail.action").asString())
                        .ifPresentOrElse(action -> onReport.accept(new Report(action,
                                        event.getEventData().get("event.detail.position").asDouble(),
                                        event.getEventData().get("event.detail.share").asDouble())),
                                () -> LoggerFactory.getLogger(SpeechPlayer.class).warn("Ignored a listening report with an unknown action")))
                .addEventData("event.detail.action")
                .addEventData("event.detail.position")
                .addEventData("event.detail.share");
    }

    void play() {
        getElement().callJsFunction("play");
    }

    void pause() {
        getElement().callJsFunction("pause");
    }

    void replay() {
        getElement().callJsFunction("replay");
    }
}
