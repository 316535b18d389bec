package care.clearconsent.consent.ui;

import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.Journey;
import care.clearconsent.consent.JourneyRejected;
import care.clearconsent.consent.Origin;
import care.clearconsent.consent.ScreenText;
import care.clearconsent.consent.Step;
import com.vaadin.flow.i18n.I18NProvider;
import care.clearconsent.content.ReadingLevel;
import care.clearconsent.shared.InstitutionProperties;
import care.clearconsent.speech.SpeechService;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** What a step screen needs: the journey, who is acting, and a way to act that re-renders or explains a refusal. */
record StepContext(Journey journey, String linkToken, ConsentJourneys journeys, SpeechService speech, I18NProvider messages,
                   Origin origin, InstitutionProperties institution, Consumer<Journey> render) {

    ScreenText screenText() {
        return new ScreenText(messages, journey.state().language());
    }

    /** Where a screen's audio is served: sections and questions from the content, other screens through the link. */
    String contentAudio(String path) {
        return "/api/v1/content/" + journey.content().hash() + "/" + path;
    }

    String screenAudio(String screen) {
        return "/api/v1/journeys/" + linkToken + "/screens/" + screen + "/audio";
    }

    ReadingLevel level() {
        return journey.state().modes().simplified() ? ReadingLevel.SIMPLIFIED : ReadingLevel.STANDARD;
    }

    /** Runs an action; on success shows the resulting journey, on refusal hands the message key to {@code onRejected}. */
    void act(Function<ConsentJourneys, Journey> action, Consumer<String> onRejected) {
        Journey updated;
        try {
            updated = action.apply(journeys);
        } catch (JourneyRejected rejected) {
            onRejected.accept(rejected.messageKey());
            return;
        }
        render.accept(updated);
    }

    void go(Step step, Consumer<String> onRejected) {
        go(step, null, onRejected);
    }

    void go(Step step, @Nullable Step returnTo, Consumer<String> onRejected) {
        act(j -> j.show(journey.id(), origin, step, returnTo), onRejected);
    }
}
