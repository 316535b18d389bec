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
import care.clearconsent.explanation.InstitutionSchedule;
import care.clearconsent.shared.PageLanguage;
import care.clearconsent.speech.SpeechService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.shared.Registration;
import care.clearconsent.shared.ui.TabletMode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
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
    private final InstitutionSchedule institution;
    private final SpeechService speech;
    private final I18NProvider messages;
    private @Nullable Journey journey;
    private String sessionSecret = "";
    /** Whether the folded display switches (large text) are open; a screen-only choice, not part of the record. */
    private boolean displayOpen;
    private @Nullable Registration takeBackCheck;
    private static final int TAKE_BACK_CHECK_MILLIS = 3000;

    JourneyView(ConsentJourneys journeys, SpeechService speech, I18NProvider messages, InstitutionSchedule institution) {
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
        journeys.forSession(sessionSecret).ifPresentOrElse(current -> {
            render(current);
            // Opened or reloaded: like every new screen, it starts at its heading.
            focus(StepContext.HEADING);
        }, () -> {
            if (TabletMode.isOn()) {
                event.rerouteTo(TabletMode.WAITING_ROUTE);
            } else {
                event.rerouteTo(InvalidLinkView.class);
            }
        });
    }

    /**
     * A clinic tablet notices by itself when the nurse takes it back from their own device (or the receipt has been
     * shown long enough), and shows a fresh pairing code instead of the patient's screen.
     */
    @Override
    protected void onAttach(AttachEvent attach) {
        if (!TabletMode.isOn()) {
            return;
        }
        UI ui = attach.getUI();
        ui.setPollInterval(TAKE_BACK_CHECK_MILLIS);
        takeBackCheck = ui.addPollListener(poll -> {
            if (journey != null && !journeys.holds(sessionSecret, journey)) {
                StepContext.leaveJourney(ui);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (takeBackCheck != null) {
            takeBackCheck.remove();
            takeBackCheck = null;
            detach.getUI().setPollInterval(-1);
        }
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
        add(new DisplayBar(current.state().language(), current.state().modes(), displayOpen, this::changeDisplay, this::openOrCloseDisplay));
        if (current.content().content().demonstration()) {
            add(demonstrationNotice(current.state().language()));
        }
        Step step = current.state().current();
        if (step.kind() != Step.Kind.WELCOME && step.kind() != Step.Kind.RECEIPT) {
            var progress = Ui.progress(current.plan().number(step), current.plan().countedSteps(),
                    getTranslation("journey.step", current.plan().number(step), current.plan().countedSteps()));
            partOf(current, step).ifPresent(progress::add);
            add(progress);
        }
        boolean withdrawal = current.state().ended() && journeys.openedForWithdrawal(sessionSecret);
        add(withdrawal ? new WithdrawalStep(context) : screen(context, step));
        getElement().setAttribute("data-step", withdrawal ? "withdraw" : step.key());
    }

    /** Example content is never shown as fact: every screen of a journey on it says so, in the patient's language. */
    private Paragraph demonstrationNotice(care.clearconsent.content.Language language) {
        Paragraph notice = new Paragraph(messages.getTranslation("journey.demonstration", language.locale()));
        notice.setId("demonstration-notice");
        notice.getElement().setAttribute("role", "note");
        notice.addClassNames("cc-notice", "cc-demo-notice");
        return notice;
    }

    /** For a section read in parts, "part 2 of 4" on the same line as the step, so the screen stays short. */
    private java.util.Optional<Span> partOf(Journey current, Step step) {
        if (step.kind() != Step.Kind.SECTION) {
            return java.util.Optional.empty();
        }
        int pages = current.content().content().section(step.ref()).map(section -> section.pageCount()).orElse(1);
        if (pages < 2) {
            return java.util.Optional.empty();
        }
        int page = Math.min(current.state().currentPage(), pages - 1);
        Span part = new Span(" · " + getTranslation("journey.section.page", page + 1, pages));
        part.setId("section-page");
        part.getElement().setAttribute("data-page", Integer.toString(page));
        part.getElement().setAttribute("data-pages", Integer.toString(pages));
        return java.util.Optional.of(part);
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

    private void renderAndFocus(Journey updated, @Nullable String focusId) {
        boolean stepChanged = journey == null || !journey.state().current().equals(updated.state().current());
        if (stepChanged) {
            displayOpen = false;
        }
        render(updated);
        focus(stepChanged ? StepContext.HEADING : focusId);
    }

    /** Focus where the next action is; a new screen (or part) starts at its heading, scrolled to the top. */
    private void focus(@Nullable String id) {
        if (id != null) {
            // Retried for a few frames: on a fresh page the element may not be there, or hold focus, at once.
            getElement().executeJs("""
                    const attempt = (frame) => {
                      const target = document.getElementById($0);
                      if (target) {
                        target.focus();
                        if ($0 === $1 && frame === 0) { window.scrollTo(0, 0); }
                      }
                      if ((!target || document.activeElement !== target) && frame < 30) {
                        requestAnimationFrame(() => attempt(frame + 1));
                      }
                    };
                    attempt(0);""", id, StepContext.HEADING);
        }
    }

    private void changeDisplay(Language language, DisplayModes modes, String toggleId) {
        if (journey == null) {
            return;
        }
        if (!StepContext.stillHeld(journeys, sessionSecret, journey)) {
            return;
        }
        // The switches stay open while the patient uses them, also when large text has just folded them away.
        displayOpen = !toggleId.startsWith("display-language-") || displayOpen;
        try {
            render(journeys.changeDisplay(journey.id(), originOf(journey), language, modes));
        } catch (JourneyRejected rejected) {
            render(journey);
        }
        // The switch just pressed keeps focus; after large text folds the bar, that is the (open) switch inside it.
        focus(toggleId);
    }

    private void openOrCloseDisplay() {
        if (journey == null) {
            return;
        }
        displayOpen = !displayOpen;
        render(journey);
        focus("display-menu");
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
