package care.clearconsent.staff.ui;

import care.clearconsent.consent.JourneyRejected;
import care.clearconsent.consent.JourneySummary;
import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.evidence.Alarms;
import care.clearconsent.evidence.Checkpoints;
import care.clearconsent.evidence.EvidencePacks;
import care.clearconsent.shared.Devices;
import care.clearconsent.explanation.InstitutionSchedule;
import care.clearconsent.shared.PageLanguage;
import care.clearconsent.staff.StaffRole;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Where the institution proves the duty to explain was met: pick a journey, say why, and download its evidence pack.
 * Preparing a pack is recorded in the journey's own chain (who, when, why) before any of it is read.
 */
@Route("staff/evidence")
@RolesAllowed({StaffRole.ADMIN, StaffRole.COMPLIANCE})
class EvidenceView extends Main implements HasDynamicTitle {

    private static final int SHOWN = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final EvidencePacks packs;
    private final String staffUser;
    private final Div result = new Div();
    private final RadioButtonGroup<String> reason = new RadioButtonGroup<>();
    private Optional<JourneySummary> chosen = Optional.empty();
    private final Paragraph chosenLine = new Paragraph();

    EvidenceView(ConsentJourneys journeys, EvidencePacks packs, Checkpoints checkpoints, InstitutionSchedule institution,
                 AuthenticationContext authentication, Alarms alarms) {
        this.packs = packs;
        this.staffUser = authentication.getPrincipalName().orElseThrow();
        addClassName("cc-page");
        addClassName("cc-staff");
        PageLanguage.apply(UI.getCurrent(), PageLanguage.forBrowser(UI.getCurrent()));

        UnorderedList list = new UnorderedList();
        list.setId("evidence-journeys");
        for (JourneySummary journey : journeys.recent(SHOWN)) {
            Button choose = new Button(getTranslation("staff.evidence.choose"), click -> choose(journey));
            choose.setId("evidence-choose-" + journey.id().value());
            choose.getElement().setAttribute("aria-label", getTranslation("staff.evidence.choose.label", journey.patientId(),
                    TIME.format(journey.startedAt().atZone(institution.zone()))));
            ListItem item = new ListItem(new Paragraph(getTranslation("staff.evidence.journey", journey.patientId(),
                    TIME.format(journey.startedAt().atZone(institution.zone())), getTranslation("status." + journey.status().name()),
                    journey.version())), choose, recordLink(journey));
            item.addClassName("cc-evidence-journey");
            list.add(item);
        }
        reason.setLabel(getTranslation("staff.evidence.reason"));
        reason.setId("evidence-reason");
        reason.setItems(ConsentJourneys.ACCESS_REASONS);
        reason.setItemLabelGenerator(key -> getTranslation("staff.evidence.reason." + key));
        chosenLine.setId("evidence-chosen");
        chosenLine.setText(getTranslation("staff.evidence.none-chosen"));
        Button prepare = new Button(getTranslation("staff.evidence.prepare"), click -> prepare());
        prepare.setId("evidence-prepare");
        prepare.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        result.setId("evidence-result");
        result.getElement().setAttribute("role", "status");
        Pre key = new Pre(checkpoints.verifierKey());
        key.setId("evidence-verifier-key");
        Section form = new Section(new H2(getTranslation("staff.evidence.pack")), chosenLine, reason, prepare, result);
        form.addClassName("cc-form");
        add(new StaffHeader(getTranslation("staff.evidence.title"), "staff/evidence", authentication, alarms),
                new Paragraph(getTranslation("staff.evidence.intro")), form,
                new Section(new H2(getTranslation("staff.evidence.journeys")), list),
                new Section(new H2(getTranslation("staff.evidence.key")), new Paragraph(getTranslation("staff.evidence.key.help")), key));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.evidence.title");
    }

    private void choose(JourneySummary journey) {
        chosen = Optional.of(journey);
        chosenLine.setText(getTranslation("staff.evidence.chosen", journey.patientId(), journey.id().value()));
        result.removeAll();
        focusReason();
    }

    private void prepare() {
        result.removeAll();
        if (chosen.isEmpty()) {
            result.add(alert(getTranslation("staff.evidence.choose-first")));
            return;
        }
        if (reason.getValue() == null) {
            reason.setErrorMessage(getTranslation("staff.evidence.reason.required"));
            reason.setInvalid(true);
            focusReason();
            return;
        }
        reason.setInvalid(false);
        try {
            EvidencePacks.Pack pack = packs.build(chosen.get().id(), staffUser, Devices.current(), reason.getValue());
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(pack.zip()),
                    pack.fileName(), "application/zip", pack.zip().length)), getTranslation("staff.evidence.download", pack.fileName()));
            download.setId("evidence-download");
            download.addClassName("cc-link");
            download.getElement().setAttribute("download", true);
            result.add(new Paragraph(getTranslation("staff.evidence.ready", pack.zip().length / 1024 + 1)), download);
            download.getElement().callJsFunction("focus");
        } catch (JourneyRejected rejected) {
            result.add(alert(getTranslation(rejected.messageKey())));
        } catch (IllegalStateException cannotSign) {
            result.add(alert(getTranslation("staff.evidence.failed")));
        }
    }

    /** The group itself takes no focus; its first choice does. */
    private void focusReason() {
        reason.getElement().executeJs("const first = this.querySelector('vaadin-radio-button'); if (first) first.focus();");
    }

    private Anchor recordLink(JourneySummary journey) {
        Anchor record = new Anchor("staff/journeys/" + journey.id().value(), getTranslation("staff.record.link"));
        record.setId("evidence-record-" + journey.id().value());
        record.addClassName("cc-link");
        return record;
    }

    private static Paragraph alert(String text) {
        Paragraph alert = new Paragraph(text);
        alert.getElement().setAttribute("role", "alert");
        alert.addClassName("cc-error");
        return alert;
    }
}
