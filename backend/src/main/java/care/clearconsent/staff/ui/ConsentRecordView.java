package care.clearconsent.staff.ui;

import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.JourneyId;
import care.clearconsent.consent.JourneyRejected;
import care.clearconsent.consent.PatientReads;
import care.clearconsent.evidence.Alarms;
import care.clearconsent.evidence.EvidencePacks;
import care.clearconsent.evidence.PackFacts;
import care.clearconsent.shared.Devices;
import care.clearconsent.explanation.InstitutionSchedule;
import care.clearconsent.shared.PageLanguage;
import care.clearconsent.staff.StaffRole;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One journey's consent record on screen: what was explained and for how long, the understanding check, the decision,
 * the signature, withdrawals, requests, flags and who has looked at it. Staff say why before it is shown, and the
 * opening is recorded in the journey's own chain.
 */
@Route("staff/journeys")
@RolesAllowed({StaffRole.NURSE, StaffRole.ADMIN, StaffRole.COMPLIANCE})
class ConsentRecordView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final EvidencePacks packs;
    private final ConsentJourneys journeys;
    private final PatientReads patientReads;
    private final InstitutionSchedule institution;
    private final AuthenticationContext authentication;
    private final Alarms alarms;

    ConsentRecordView(EvidencePacks packs, ConsentJourneys journeys, PatientReads patientReads, InstitutionSchedule institution,
                      AuthenticationContext authentication, Alarms alarms) {
        this.packs = packs;
        this.journeys = journeys;
        this.patientReads = patientReads;
        this.institution = institution;
        this.authentication = authentication;
        this.alarms = alarms;
        addClassName("cc-page");
        addClassName("cc-staff");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.record.title");
    }

    @Override
    public void setParameter(BeforeEvent event, String journeyId) {
        PageLanguage.apply(UI.getCurrent(), PageLanguage.forBrowser(UI.getCurrent()));
        removeAll();
        add(new StaffHeader(getTranslation("staff.record.title"), "", authentication, alarms));
        if (journeys.find(new JourneyId(journeyId)).isEmpty()) {
            Paragraph unknown = new Paragraph(getTranslation("staff.record.unknown"));
            unknown.setId("record-unknown");
            unknown.getElement().setAttribute("role", "alert");
            add(unknown);
            return;
        }
        askWhy(new JourneyId(journeyId));
    }

    /** Nothing of the record is shown until the reason is given and the access recorded. */
    private void askWhy(JourneyId id) {
        RadioButtonGroup<String> reason = new RadioButtonGroup<>(getTranslation("staff.evidence.reason"));
        reason.setId("record-reason");
        reason.setItems(ConsentJourneys.ACCESS_REASONS);
        reason.setItemLabelGenerator(key -> getTranslation("staff.evidence.reason." + key));
        Section form = new Section(new Paragraph(getTranslation("staff.record.why")), reason);
        form.addClassName("cc-form");
        form.setId("record-ask");
        Button open = new Button(getTranslation("staff.record.open"), click -> {
            if (reason.getValue() == null) {
                reason.setErrorMessage(getTranslation("staff.evidence.reason.required"));
                reason.setInvalid(true);
                return;
            }
            try {
                PackFacts facts = packs.openRecord(id, authentication.getPrincipalName().orElseThrow(), Devices.current(), reason.getValue());
                remove(form);
                show(id, facts);
            } catch (JourneyRejected rejected) {
                reason.setErrorMessage(getTranslation(rejected.messageKey()));
                reason.setInvalid(true);
            }
        });
        open.setId("record-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        form.add(open);
        add(form);
    }

    private void show(JourneyId id, PackFacts facts) {
        Section record = new Section();
        record.setId("record");
        DescriptionList summary = new DescriptionList();
        term(summary, "staff.record.patient", facts.patient().pseudonym() + (facts.patient().name() == null ? "" : " · " + facts.patient().name()));
        term(summary, "staff.record.status", getTranslation("status." + facts.status()));
        term(summary, "staff.record.version", facts.content().version() + " (" + facts.content().sha256().substring(0, 12) + "…)");
        term(summary, "staff.record.started", time(facts.startedAt()));
        if (facts.renewal().needed()) {
            term(summary, "staff.record.renewal", getTranslation("staff.patients.consent-again", facts.renewal().currentVersion()));
        }
        summary.addClassName("cc-facts");
        record.add(summary);
        list(record, "staff.record.sections", "record-sections", facts.sections().stream().map(section -> getTranslation("staff.record.section",
                section.title(), section.acknowledgedAt() == null ? "—" : time(section.acknowledgedAt()), section.secondsOnSection(),
                section.estimatedReadingSeconds(), section.timesListened())).toList());
        list(record, "staff.record.quiz", "record-quiz", facts.quiz().stream().map(question -> question.prompt() + " — "
                + String.join(", ", question.attempts().stream().map(a -> a.answerShown() + " (" + getTranslation(a.correct()
                ? "staff.record.right" : "staff.record.wrong") + ")").toList())).toList());
        list(record, "staff.record.decision", "record-decision", facts.decision() == null ? List.of() : decision(facts.decision()));
        list(record, "staff.record.signature", "record-signature", facts.signature() == null ? List.of()
                : List.of(time(facts.signature().at()) + " · " + facts.signature().form()
                + (facts.signature().witness() == null ? "" : " · " + facts.signature().witness())
                + (facts.signature().representativeName() == null ? "" : " · " + facts.signature().representativeName() + " ("
                + facts.signature().representativeRelationship() + ")")
                + (facts.signature().representativeReason() == null ? "" : " · " + facts.signature().representativeReason())));
        list(record, "staff.record.teach-back", "record-teach-back", facts.teachBack().stream()
                .map(point -> point.sectionTitle() + ": " + getTranslation("staff.assist.score." + point.score())).toList());
        list(record, "staff.record.attestation", "record-attestation", facts.attestation() == null ? List.of()
                : List.of(time(facts.attestation().at()) + " · " + facts.attestation().by() + " · "
                + String.join(", ", facts.attestation().explained())
                + (facts.attestation().witness() ? " · " + getTranslation("staff.record.witnessed") : "")));
        list(record, "staff.record.withdrawals", "record-withdrawals", facts.withdrawals().stream().map(w -> time(w.at()) + " · " + w.scope()
                + (w.targetLabel() == null ? "" : " · " + w.targetLabel()) + " · " + w.by()).toList());
        list(record, "staff.record.requests", "record-requests", facts.requests().stream().map(r -> time(r.madeAt()) + " · "
                + getTranslation("staff.request.kind." + r.kind()) + " · " + getTranslation("staff.record.due", time(r.dueBy()))).toList());
        list(record, "staff.record.flags", "record-flags", facts.flags().stream().map(f -> getTranslation("staff.flag." + f.kind()) + ": "
                + f.subject()).toList());
        list(record, "staff.record.access", "record-access", facts.accessHistory().stream().map(a -> time(a.at()) + " · " + a.who() + " · "
                + a.what() + " · " + getTranslation("staff.evidence.reason." + a.reason())).toList());
        list(record, "staff.record.patient-reads", "record-patient-reads", patientReads.of(id).stream().map(read -> time(read.at()) + " · "
                + getTranslation("staff.record.patient-read." + read.what()) + " · " + read.device()).toList());
        add(record);
    }

    private List<String> decision(PackFacts.DecisionMade decision) {
        List<String> lines = new java.util.ArrayList<>(List.of(time(decision.at()) + " · " + getTranslation("status."
                + ("AGREE".equals(decision.decision()) ? "AGREED" : "DECLINE".equals(decision.decision()) ? "DECLINED" : "DECIDE_LATER"))));
        decision.purposes().forEach(purpose -> lines.add(purpose.label() + ": " + getTranslation(purpose.agreed() ? "staff.record.yes" : "staff.record.no")));
        decision.aiSystems().forEach(system -> lines.add(getTranslation(system.used() ? "staff.record.system-used" : "staff.record.system-declined",
                system.title())));
        return lines;
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    private void list(Section record, String headingKey, String id, List<String> lines) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        if (lines.isEmpty()) {
            list.add(new ListItem(getTranslation("staff.record.none")));
        }
        lines.forEach(line -> list.add(new ListItem(line)));
        record.add(new H2(getTranslation(headingKey)), list);
    }

    private String time(Instant at) {
        return TIME.format(at.atZone(institution.zone()));
    }
}
