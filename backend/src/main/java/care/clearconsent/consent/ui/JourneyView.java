package care.clearconsent.consent.ui;

import care.clearconsent.consent.Actor;
import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.DisplayModes;
import care.clearconsent.consent.Journey;
import care.clearconsent.consent.JourneyRejected;
import care.clearconsent.consent.Origin;
import care.clearconsent.consent.Step;
import care.clearconsent.content.Language;
import care.clearconsent.shared.Devices;
import care.clearconsent.shared.InstitutionProperties;
import care.clearconsent.shared.PageLanguage;
import care.clearconsent.speech.SpeechService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import care.clearconsent.consent.internal.PatientCookie;
import org.jspecify.annotations.Nullable;

/**
 * The patient's journey on the tablet, held by the patient session its link was exchanged for (a cookie; the address
 * holds no secret). The screen shown is always derived from the stored events, so a reload or a restarted server
 * resumes at the same step. No timeout anywhere.
 */
@Route("journey")
@AnonymousAllowed
class JourneyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final String[] MODE_CLASSES = {"cc-large-text", "cc-simplified", "cc-high-contrast"};

    private final ConsentJourneys journeys;
    private final InstitutionProperties institution;
    private final SpeechService speech;
    private final I18NProvider messages;
    private @Nullable Journey journey;
    private String sessionSecret = "";

    JourneyView(ConsentJourneys journeys, SpeechService speech, I18NProvider messages, InstitutionProperties institution) {
        this.journeys = journeys;
        this.speech = speech;
        this.messages = messages;
        this.institution = institution;
        addClassName("cc-page");
        addClassName("cc-journey");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        VaadinRequest request = VaadinRequest.getCurrent();
        sessionSecret = request == null ? "" : PatientCookie.read(request.getCookies()).orElse("");
        journeys.forSession(sessionSecret).ifPresentOrElse(this::render, () -> event.rerouteTo(InvalidLinkView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journey.title");
    }

    private void render(Journey current) {
        this.journey = current;
        UI ui = UI.getCurrent();
        PageLanguage.apply(ui, current.state().language().locale());
        applyModes(ui, current.state().modes());
        ui.getPage().setTitle(getTranslation("journey.title"));
        removeAll();
        StepContext context = new StepContext(current, sessionSecret, journeys, speech, messages, originOf(current), institution, this::renderAndFocus);
        add(new DisplayBar(current.state().language(), current.state().modes(), this::changeDisplay));
        Step step = current.state().current();
        if (step.kind() != Step.Kind.WELCOME && step.kind() != Step.Kind.RECEIPT) {
            add(Ui.progress(current.plan().number(step), current.plan().countedSteps(),
                    getTranslation("journey.step", current.plan().number(step), current.plan().countedSteps())));
        }
        add(screen(context, step));
        getElement().setAttribute("data-step", step.key());
    }

    private Component screen(StepContext context, Step step) {
        var content = context.journey().content().content();
        return switch (step.kind()) {
            case WELCOME -> new WelcomeStep(context);
            case SECTION -> new SectionStep(context, content.section(step.ref()).orElseThrow());
            case QUESTION -> new QuestionStep(context, content.question(step.ref()).orElseThrow());
            case DECISION -> new DecisionStep(context);
            case SIGNATURE -> new SignatureStep(context);
            case RECEIPT -> new ReceiptStep(context);
        };
    }

    private void renderAndFocus(Journey updated) {
        boolean stepChanged = journey == null || !journey.state().current().equals(updated.state().current());
        render(updated);
        if (stepChanged) {
            getElement().executeJs("const h = this.querySelector('h1'); if (h) { h.focus(); window.scrollTo(0, 0); }");
        }
    }

    private void changeDisplay(Language language, DisplayModes modes) {
        if (journey == null) {
            return;
        }
        if (!StepContext.stillHeld(journeys, sessionSecret, journey)) {
            return;
        }
        try {
            render(journeys.changeDisplay(journey.id(), originOf(journey), language, modes));
        } catch (JourneyRejected rejected) {
            render(journey);
        }
    }

    /** Everything on the tablet is done by the patient, from this browser session. */
    private static Origin originOf(Journey journey) {
        return new Origin(Actor.patient(journey.patientId()), Devices.current());
    }

    private static void applyModes(UI ui, DisplayModes modes) {
        boolean[] on = {modes.largeText(), modes.simplified(), modes.highContrast()};
        for (int i = 0; i < MODE_CLASSES.length; i++) {
            ui.getElement().getClassList().set(MODE_CLASSES[i], on[i]);
        }
    }
}
