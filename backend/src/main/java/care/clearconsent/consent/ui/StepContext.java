package care.clearconsent.consent.ui;

import care.clearconsent.shared.ui.TabletMode;

import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.Journey;
import care.clearconsent.consent.JourneyRejected;
import care.clearconsent.consent.Origin;
import care.clearconsent.consent.ScreenText;
import care.clearconsent.consent.Step;
import com.vaadin.flow.i18n.I18NProvider;
import care.clearconsent.content.ReadingLevel;
import care.clearconsent.explanation.InstitutionSchedule;
import care.clearconsent.speech.SpeechService;
import care.clearconsent.consent.internal.PatientCookie;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** What a step screen needs: the journey, who is acting, and a way to act that re-renders or explains a refusal. */
record StepContext(Journey journey, String sessionSecret, ConsentJourneys journeys, SpeechService speech, I18NProvider messages,
                   Origin origin, InstitutionSchedule institution, Renderer render) {

    /** The id of the screen's heading: focused whenever a new screen (or a new part of a section) is shown. */
    static final String HEADING = "step-title";

    /** Shows the journey as it now stands and puts focus on {@code focusId} (a new screen always starts at its heading). */
    interface Renderer {
        void show(Journey journey, @Nullable String focusId);
    }

    ScreenText screenText() {
        return new ScreenText(messages, journey.state().language(), journey.content().content());
    }

    /** Where a screen's audio is served: sections and questions from the content, other screens to this browser's session. */
    String contentAudio(String path) {
        return "/api/v1/content/" + journey.content().hash() + "/" + path;
    }

    String screenAudio(String screen) {
        return "/api/v1/journey/screens/" + screen + "/audio";
    }

    ReadingLevel level() {
        return journey.state().modes().simplified() ? ReadingLevel.SIMPLIFIED : ReadingLevel.STANDARD;
    }

    /** Runs an action; on success shows the resulting journey, on refusal hands the message key to {@code onRejected}. */
    void act(Function<ConsentJourneys, Journey> action, Consumer<String> onRejected) {
        act(action, onRejected, null);
    }

    /** As {@link #act(Function, Consumer)}, then focus goes to {@code focusId}: where the patient's next action is. */
    void act(Function<ConsentJourneys, Journey> action, Consumer<String> onRejected, @Nullable String focusId) {
        if (!stillHeld(journeys, sessionSecret, journey)) {
            return;
        }
        Journey updated;
        try {
            updated = action.apply(journeys);
        } catch (JourneyRejected rejected) {
            onRejected.accept(rejected.messageKey());
            return;
        }
        render.show(updated, focusId);
    }

    /**
     * Whether this browser still holds the journey: the tablet may have been given back, or the journey taken over
     * by another tablet, since the screen was drawn. If not, nothing is stored and the browser leaves the journey: a
     * clinic tablet for a fresh pairing code, any other browser for the polite invalid-link page.
     */
    static boolean stillHeld(ConsentJourneys journeys, String sessionSecret, Journey journey) {
        boolean held = journeys.holds(sessionSecret, journey);
        if (!held) {
            leaveJourney(UI.getCurrent());
        }
        return held;
    }

    static void leaveJourney(UI ui) {
        if (TabletMode.isOn()) {
            TabletMode.showWaitingScreen(ui);
        } else {
            ui.navigate(InvalidLinkView.class);
        }
    }

    /** Ends this browser's hold on the journey and shows the neutral hand-back screen. */
    void giveBack() {
        journeys.endSession(sessionSecret);
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        if (request instanceof VaadinServletRequest servletRequest && response instanceof VaadinServletResponse servletResponse) {
            PatientCookie.clear(servletRequest.getHttpServletRequest(), servletResponse.getHttpServletResponse());
        }
        if (TabletMode.isOn()) {
            TabletMode.showWaitingScreen(UI.getCurrent());
        } else {
            UI.getCurrent().navigate(TabletReturnedView.class);
        }
    }

    void go(Step step, Consumer<String> onRejected) {
        go(step, null, onRejected);
    }

    void go(Step step, @Nullable Step returnTo, Consumer<String> onRejected) {
        act(j -> j.show(journey.id(), origin, step, returnTo), onRejected);
    }
}
