package care.clearconsent.staff.ui;

import care.clearconsent.evidence.Alarms;
import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.JourneyRejected;
import care.clearconsent.consent.JourneyStatus;
import care.clearconsent.consent.JourneySummary;
import care.clearconsent.content.Language;
import care.clearconsent.content.ReadingLevel;
import care.clearconsent.explanation.ExplanationCatalogue;
import care.clearconsent.handover.TabletPairings;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientPage;
import care.clearconsent.patients.PatientRegistry;
import care.clearconsent.shared.Devices;
import care.clearconsent.shared.PageLanguage;
import care.clearconsent.staff.StaffRole;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The nurse's first workspace: register or find a patient, start or resume their consent journey on this tablet.
 * Handing over signs the nurse out, so the tablet shows only the patient journey until a nurse signs in again.
 */
@Route("staff")
@RolesAllowed(StaffRole.NURSE)
class NurseHomeView extends Main implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    private final Alarms alarms;

    private static final int RECENT = 20;
    private static final java.util.Set<String> UNSEEN_ON_THE_BOARD = java.util.Set.of("Listened", "SectionPageShown", "RecordAccessed",
            "PersonalDataErased");
    /** A clinic's day: at most this many journeys and registrations are looked at for today's board. */
    private static final int TODAY_LIMIT = 200;

    private final PatientRegistry patients;
    private final ConsentJourneys journeys;
    private final AuthenticationContext authentication;
    private final ExplanationCatalogue catalogue;
    private final UnorderedList patientList = new UnorderedList();
    private final Paragraph error = new Paragraph();
    private Optional<com.vaadin.flow.component.Component> openForm = Optional.empty();

    private final java.time.Clock clock;
    private final care.clearconsent.explanation.InstitutionSchedule institution;
    private final Div requests = new Div();
    private final com.vaadin.flow.component.textfield.TextField search = new com.vaadin.flow.component.textfield.TextField();
    private final Paragraph searchResult = new Paragraph();
    private final Button older = new Button(getTranslation("staff.patients.older"));
    private final Button newest = new Button(getTranslation("staff.patients.newest"));
    private Optional<String> searched = Optional.empty();
    private OptionalLong shownPage = OptionalLong.empty();
    private OptionalLong nextPage = OptionalLong.empty();

    private final TabletPairings pairings;
    private final LiveJourneys live;
    private final TodayBoard today;
    private final Paragraph liveCue = new Paragraph();
    private com.vaadin.flow.shared.Registration following;
    private final com.vaadin.flow.component.textfield.TextField pairCode = new com.vaadin.flow.component.textfield.TextField();
    private final Paragraph pairResult = new Paragraph();

    private final care.clearconsent.reminders.SmsOutbox smsOutbox;

    NurseHomeView(PatientRegistry patients, ConsentJourneys journeys, ExplanationCatalogue catalogue, AuthenticationContext authentication, Alarms alarms,
                  java.time.Clock clock, care.clearconsent.explanation.InstitutionSchedule institution, TabletPairings pairings, LiveJourneys live,
                  care.clearconsent.reminders.SmsOutbox smsOutbox) {
        this.pairings = pairings;
        this.smsOutbox = smsOutbox;
        this.live = live;
        this.today = new TodayBoard(catalogue::byHash, this::resolveCue);
        this.clock = clock;
        this.institution = institution;
        this.alarms = alarms;
        this.patients = patients;
        this.catalogue = catalogue;
        this.journeys = journeys;
        this.authentication = authentication;
        addClassName("cc-page");
        addClassName("cc-staff");
        PageLanguage.apply(UI.getCurrent(), PageLanguage.forBrowser(UI.getCurrent()));
        String nurse = authentication.getPrincipalName().orElseThrow();
        error.setId("staff-error");
        error.getElement().setAttribute("role", "alert");
        error.addClassName("cc-error");
        patientList.setId("patient-list");
        Section list = new Section(new H2(getTranslation("staff.patients.title")), searchForm(), error, patientList, pager());
        add(new StaffHeader(getTranslation("staff.title"), "staff", authentication, alarms), pairingForm(), liveCue, today,
                new RegisterPatientForm(patients, nurse, registered -> showNewest()), requests, list);
        liveCue.setId("live-cue");
        liveCue.addClassName("cc-live-cue");
        // Read out as it changes: what a tablet just told the nurse.
        liveCue.getElement().setAttribute("role", "status");
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title");
    }

    private void refresh() {
        showToday();
        openForm = Optional.empty();
        requests.removeAll();
        requests.add(new OpenRequests(journeys, clock, institution.zone(), authentication.getPrincipalName().orElseThrow(), this::refresh));
        patientList.removeAll();
        List<Patient> shown = searched.map(this::found).orElseGet(this::page);
        if (shown.isEmpty() && searched.isEmpty()) {
            patientList.add(new ListItem(getTranslation("staff.patients.empty")));
        }
        shown.forEach(patient -> patientList.add(row(patient)));
        older.setVisible(searched.isEmpty() && nextPage.isPresent());
        newest.setVisible(searched.isPresent() || shownPage.isPresent());
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attach) {
        UI ui = attach.getUI();
        following = live.register(changed -> ui.access(() -> journeyChanged(changed)));
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detach) {
        if (following != null) {
            following.remove();
        }
    }

    /** A tablet recorded something: today's board and the list are redrawn, and a question or a third wrong answer is announced. */
    private void journeyChanged(care.clearconsent.consent.JourneyChanged changed) {
        // Redrawing reads every journey of the day: not for events that change nothing the nurse sees (listening reports
        // arrive many times a section, a page turn or a staff member's look at the record).
        if (UNSEEN_ON_THE_BOARD.contains(changed.factType())) {
            return;
        }
        // The patient list follows too, unless the nurse is filling in a form under a patient: that is never swept away.
        if (openForm.isEmpty()) {
            refresh();
        } else {
            showToday();
        }
        if (!changed.factType().equals("QuestionRaised") && !changed.factType().equals("QuizAnswered")) {
            return;
        }
        journeys.journeysOf(new care.clearconsent.patients.PatientId(changed.patientId())).stream()
                .filter(journey -> journey.id().equals(changed.journeyId())).findFirst().filter(JourneySummary::needsHelp)
                .ifPresent(journey -> patients.find(new care.clearconsent.patients.PatientId(changed.patientId())).ifPresent(patient ->
                        liveCue.setText(getTranslation(changed.factType().equals("QuestionRaised") ? "staff.today.live.question" : "staff.today.live.quiz",
                                patient.displayName()))));
    }

    /** Today's patients: registered today, or with a journey started today, newest first. */
    private void showToday() {
        java.time.LocalDate day = java.time.LocalDate.now(clock.withZone(institution.zone()));
        java.util.function.Predicate<java.time.Instant> isToday = at -> at.atZone(institution.zone()).toLocalDate().equals(day);
        java.util.Map<String, TodayBoard.Entry> entries = new java.util.LinkedHashMap<>();
        for (JourneySummary journey : journeys.recent(TODAY_LIMIT)) {
            if (isToday.test(journey.startedAt()) && !entries.containsKey(journey.patientId())) {
                patients.find(new care.clearconsent.patients.PatientId(journey.patientId()))
                        .ifPresent(patient -> entries.put(journey.patientId(), new TodayBoard.Entry(patient, Optional.of(journey))));
            }
        }
        for (Patient patient : patients.recent(TODAY_LIMIT)) {
            if (isToday.test(patient.registeredAt())) {
                entries.putIfAbsent(patient.id().value(), new TodayBoard.Entry(patient, Optional.empty()));
            }
        }
        today.show(List.copyOf(entries.values()));
    }

    private void resolveCue(JourneySummary journey, String cue, String subject) {
        String nurse = authentication.getPrincipalName().orElseThrow();
        try {
            journeys.resolveCue(journey.id(), new care.clearconsent.consent.Origin(care.clearconsent.consent.Actor.nurse(nurse), Devices.current()), cue, subject);
            liveCue.setText(getTranslation("staff.today.resolved"));
        } catch (JourneyRejected rejected) {
            liveCue.setText(getTranslation(rejected.messageKey()));
        }
        showToday();
    }

    /** A code arriving in the address (the tablet's QR code) is put into the pairing field. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("pair").flatMap(TabletPairings::cleanCode).ifPresent(pairCode::setValue);
    }

    private Section pairingForm() {
        pairCode.setLabel(getTranslation("handover.pair.code"));
        pairCode.setHelperText(getTranslation("handover.pair.help"));
        pairCode.setId("pair-code");
        pairCode.setMaxLength(20);
        pairCode.getElement().setAttribute("autocomplete", "off");
        pairCode.getElement().setAttribute("autocapitalize", "characters");
        pairResult.setId("pair-result");
        pairResult.getElement().setAttribute("role", "status");
        Section form = new Section(new H2(getTranslation("handover.pair.title")), pairCode, pairResult);
        form.addClassName("cc-form");
        form.setId("pair-form");
        return form;
    }

    private void pairTablet(Patient patient, Optional<JourneySummary> resume) {
        pairCode.setInvalid(false);
        pairResult.setText("");
        if (pairCode.getValue().isBlank()) {
            pairCode.setErrorMessage(getTranslation("handover.pair.code.required"));
            pairCode.setInvalid(true);
            pairCode.focus();
            return;
        }
        try {
            pairings.pair(pairCode.getValue(), patient.id(), resume.map(JourneySummary::id), authentication.getPrincipalName().orElseThrow());
            pairCode.clear();
            pairResult.setText(getTranslation("handover.pair.done", patient.displayName()));
        } catch (care.clearconsent.handover.PairingRejected rejected) {
            pairCode.setErrorMessage(getTranslation(rejected.messageKey()));
            pairCode.setInvalid(true);
            pairCode.focus();
        }
    }

    /** The form closes; its confirmation stays in the live line, which screen readers announce. */
    private void assisted() {
        refresh();
        liveCue.setText(getTranslation("staff.assist.recorded"));
    }

    private void takeBack(Patient patient, JourneySummary journey) {
        journeys.takeBack(journey.id());
        pairResult.setText(getTranslation("handover.take-back.done", patient.displayName()));
    }

    private List<Patient> page() {
        PatientPage page = patients.page(shownPage, RECENT);
        nextPage = page.olderThan();
        searchResult.setText("");
        return page.patients();
    }

    private List<Patient> found(String typed) {
        List<Patient> found = patients.search(typed);
        searchResult.setText(found.isEmpty() ? getTranslation("staff.patients.search.none", typed)
                : getTranslation("staff.patients.search.results", found.size(), typed));
        return found;
    }

    private void showNewest() {
        searched = Optional.empty();
        shownPage = OptionalLong.empty();
        search.clear();
        refresh();
    }

    private Section searchForm() {
        search.setLabel(getTranslation("staff.patients.search"));
        search.setHelperText(getTranslation("staff.patients.search.helper"));
        search.setId("patient-search");
        search.setMaxLength(200);
        search.getElement().setAttribute("autocomplete", "off");
        Button find = new Button(getTranslation("staff.patients.search.submit"), click -> {
            String typed = search.getValue().strip();
            searched = typed.isEmpty() ? Optional.empty() : Optional.of(typed);
            shownPage = OptionalLong.empty();
            refresh();
        });
        find.setId("patient-search-submit");
        find.addThemeVariants(ButtonVariant.LUMO_LARGE);
        find.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(search);
        searchResult.setId("patient-search-result");
        searchResult.getElement().setAttribute("role", "status");
        Section form = new Section(search, find, searchResult);
        form.addClassName("cc-form");
        form.setId("patient-search-form");
        return form;
    }

    private Div pager() {
        older.setId("patients-older");
        older.addThemeVariants(ButtonVariant.LUMO_LARGE);
        older.addClickListener(click -> {
            shownPage = nextPage;
            refresh();
        });
        newest.setId("patients-newest");
        newest.addThemeVariants(ButtonVariant.LUMO_LARGE);
        newest.addClickListener(click -> showNewest());
        Div pager = new Div(newest, older);
        pager.addClassName("cc-pager");
        return pager;
    }

    /** Birth year, the end of the phone number, hospital number and registration time: two patients of one name told apart. */
    private Span identity(Patient patient) {
        String registered = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(patient.registeredAt().atZone(institution.zone()));
        Span identity = new Span(getTranslation("staff.patients.identity", Integer.toString(patient.birthYear()), patient.phoneEnding(),
                patient.hospitalNumber(), registered));
        identity.setId("identity-" + patient.id().value());
        identity.addClassName("cc-patient-identity");
        return identity;
    }

    private ListItem row(Patient patient) {
        Optional<JourneySummary> latest = journeys.journeysOf(patient.id()).stream().findFirst();
        String status = latest.map(j -> getTranslation("status." + j.status().name())).orElse(getTranslation("staff.patients.none"));
        Span name = new Span(patient.displayName());
        name.addClassName("cc-patient-name");
        String version = latest.map(j -> " · " + getTranslation("staff.patients.version", j.version())).orElse("");
        Span details = new Span(patient.id().value() + " · " + getTranslation("staff.patients.status", status) + version);
        details.setId("status-" + patient.id().value());
        ListItem item = new ListItem(name, identity(patient), details);
        boolean consentAgain = latest.filter(JourneySummary::consentNeededAgain).isPresent();
        if (consentAgain) {
            Span again = new Span(getTranslation("staff.patients.consent-again", catalogue.current().version()));
            again.setId("consent-again-" + patient.id().value());
            again.addClassName("cc-flag");
            item.add(again);
        }
        latest.map(JourneySummary::flags).filter(flags -> !flags.isEmpty()).ifPresent(flags -> {
            // Questions raised have their own line below; the other flags are listed here, each once.
            String shown = flags.stream().map(flag -> flag.kind()).filter(kind -> kind != care.clearconsent.consent.JourneyFlags.Kind.QUESTION_NOT_RESOLVED)
                    .distinct().map(kind -> getTranslation("staff.flag." + kind.name())).collect(Collectors.joining(", "));
            if (!shown.isEmpty()) {
                Span flagged = new Span(getTranslation("staff.patients.flags", shown));
                flagged.setId("flags-" + patient.id().value());
                flagged.addClassName("cc-flag");
                item.add(flagged);
            }
        });
        latest.filter(j -> !j.partlyWithdrawn().isEmpty()).ifPresent(j -> {
            Span withdrawn = new Span(getTranslation("staff.patients.withdrawn", String.join(", ", j.partlyWithdrawn())));
            withdrawn.setId("withdrawn-" + patient.id().value());
            withdrawn.addClassName("cc-flag");
            item.add(withdrawn);
        });
        latest.filter(j -> !j.declinedSystems().isEmpty()).ifPresent(j -> {
            Span declined = new Span(getTranslation("staff.patients.declined", titles(j, j.declinedSystems())));
            declined.setId("declined-" + patient.id().value());
            declined.addClassName("cc-flag");
            item.add(declined);
        });
        latest.filter(j -> !j.questionsRaised().isEmpty()).ifPresent(j -> {
            Span questions = new Span(getTranslation("staff.patients.questions", sectionTitles(j)));
            questions.setId("questions-" + patient.id().value());
            questions.addClassName("cc-flag");
            item.add(questions);
        });
        item.addClassName("cc-patient");
        item.setId("patient-" + patient.id().value());
        // A journey on an explanation that has since changed in a major way is not resumed: the patient starts again.
        boolean resumable = !consentAgain
                && latest.filter(j -> j.status() == JourneyStatus.IN_PROGRESS || j.status() == JourneyStatus.AWAITING_SIGNATURE).isPresent();
        Button start = new Button(getTranslation(resumable ? "staff.resume" : "staff.start"), click -> handOver(patient, latest.filter(j -> resumable)));
        start.setId("start-" + patient.id().value());
        start.addThemeVariants(ButtonVariant.LUMO_LARGE);
        Button paired = new Button(getTranslation("handover.pair.start"), click -> pairTablet(patient, latest.filter(j -> resumable)));
        paired.setId("pair-" + patient.id().value());
        paired.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        item.add(paired, start);
        latest.filter(j -> j.status() == JourneyStatus.IN_PROGRESS || j.status() == JourneyStatus.AWAITING_SIGNATURE).ifPresent(running -> {
            Button back = new Button(getTranslation("handover.take-back"), click -> takeBack(patient, running));
            back.setId("take-back-" + patient.id().value());
            back.addThemeVariants(ButtonVariant.LUMO_LARGE);
            item.add(back);
        });
        latest.ifPresent(journey -> {
            String nurse = authentication.getPrincipalName().orElseThrow();
            com.vaadin.flow.component.html.Anchor record = new com.vaadin.flow.component.html.Anchor("staff/journeys/" + journey.id().value(),
                    getTranslation("staff.record.link"));
            record.setId("record-" + patient.id().value());
            record.addClassName("cc-link");
            item.add(record);
            Button assist = new Button(getTranslation("staff.assist.link"), click -> open(item,
                    new AssistedConsentForm(journeys, journey.id(), patient.displayName(), nurse, this::assisted)));
            assist.setId("assist-" + patient.id().value());
            assist.addThemeVariants(ButtonVariant.LUMO_LARGE);
            item.add(assist);
            Button request = new Button(getTranslation("staff.request"), click -> open(item,
                    new RequestForm(journeys, journey.id(), patient.displayName(), nurse, this::refresh)));
            request.setId("request-" + patient.id().value());
            request.addThemeVariants(ButtonVariant.LUMO_LARGE);
            item.add(request);
        });
        Button texts = new Button(getTranslation("staff.sms.link"), click -> open(item, new TextMessagesPanel(smsOutbox, patient,
                authentication.getPrincipalName().orElseThrow(), institution.zone(), this::refresh)));
        texts.setId("sms-" + patient.id().value());
        texts.addThemeVariants(ButtonVariant.LUMO_LARGE);
        item.add(texts);
        latest.filter(j -> j.status() == JourneyStatus.AGREED).ifPresent(agreed -> {
            String nurse = authentication.getPrincipalName().orElseThrow();
            Button withdraw = new Button(getTranslation("staff.withdraw"), click -> {
                open(item, new WithdrawForm(journeys, agreed.id(), patient.displayName(), nurse, this::refresh));
            });
            withdraw.setId("withdraw-" + patient.id().value());
            withdraw.addThemeVariants(ButtonVariant.LUMO_LARGE);
            Button onTablet = new Button(getTranslation("staff.withdraw.tablet"), click -> handOverForWithdrawal(agreed.id()));
            onTablet.setId("withdraw-tablet-" + patient.id().value());
            onTablet.addThemeVariants(ButtonVariant.LUMO_LARGE);
            item.add(withdraw, onTablet);
        });
        return item;
    }

    /** The flagged sections by their titles in the nurse's language, in reading order. */
    private String sectionTitles(JourneySummary journey) {
        return titles(journey, journey.questionsRaised());
    }

    /** The titles of these sections in the journey's content version, in reading order, in the nurse's language. */
    private String titles(JourneySummary journey, java.util.Set<String> sections) {
        Language language = Language.of(getLocale());
        return catalogue.byHash(journey.contentVersion()).map(published -> published.content().sections().stream()
                        .filter(section -> sections.contains(section.id()))
                        .map(section -> section.text(language, ReadingLevel.STANDARD).title())
                        .collect(Collectors.joining(", ")))
                .orElse(String.join(", ", sections));
    }

    /** One form at a time, under its patient: opening another closes the first. */
    private void open(ListItem item, com.vaadin.flow.component.Component form) {
        openForm.ifPresent(shown -> shown.getParent().ifPresent(parent -> ((com.vaadin.flow.component.HasComponents) parent).remove(shown)));
        openForm = Optional.of(form);
        item.add(form);
    }

    /** Opens the patient's agreed journey on this tablet at the withdrawal screen, as for any hand-over. */
    private void handOverForWithdrawal(care.clearconsent.consent.JourneyId journey) {
        String token;
        try {
            token = journeys.issueWithdrawalLink(journey, authentication.getPrincipalName().orElseThrow());
        } catch (JourneyRejected rejected) {
            error.setText(getTranslation(rejected.messageKey()));
            return;
        }
        goToTablet(token);
    }

    private void handOver(Patient patient, Optional<JourneySummary> resume) {
        String nurse = authentication.getPrincipalName().orElseThrow();
        String token;
        try {
            token = resume.map(j -> journeys.issueLink(j.id(), nurse))
                    .orElseGet(() -> journeys.start(patient.id(), nurse, Devices.current()).linkToken());
        } catch (JourneyRejected rejected) {
            error.setText(getTranslation("staff.start.unavailable"));
            return;
        }
        goToTablet(token);
    }

    /** The nurse is signed out on this device and the link opens: the tablet is now the patient's. */
    private void goToTablet(String token) {
        UI ui = UI.getCurrent();
        SecurityContextHolder.clearContext();
        VaadinSession.getCurrent().getSession().invalidate();
        ui.getPage().setLocation("journey/" + token);
    }
}
