package care.clearconsent.staff.ui;

import care.clearconsent.evidence.Alarms;
import care.clearconsent.content.ContentDiff;
import care.clearconsent.content.InstitutionSetting;
import care.clearconsent.content.Language;
import care.clearconsent.content.ReadabilityReport;
import care.clearconsent.content.ReadingLevel;
import care.clearconsent.content.VersionChange;
import care.clearconsent.explanation.ExplanationCatalogue;
import care.clearconsent.explanation.PublishedContent;
import care.clearconsent.explanation.InstitutionSchedule;
import care.clearconsent.shared.PageLanguage;
import care.clearconsent.staff.StaffRole;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/**
 * Every published explanation version for staff: what changed and whether patients must consent again, the
 * readability scores stored with it, the institution settings in force (defaults marked), and a comparison of the
 * texts of any two versions.
 */
@Route("staff/versions")
@RolesAllowed(StaffRole.NURSE)
class ContentVersionsView extends Main implements HasDynamicTitle {

    private final Alarms alarms;

    private final ExplanationCatalogue catalogue;
    private final Language language;
    private final Div diff = new Div();

    ContentVersionsView(ExplanationCatalogue catalogue, InstitutionSchedule institution, AuthenticationContext authentication, Alarms alarms) {
        this.alarms = alarms;
        this.catalogue = catalogue;
        addClassName("cc-page");
        addClassName("cc-staff");
        PageLanguage.apply(UI.getCurrent(), PageLanguage.forBrowser(UI.getCurrent()));
        language = Language.of(getLocale());
        List<PublishedContent> versions = catalogue.versions();
        add(new StaffHeader(getTranslation("staff.versions.title"), "staff/versions", authentication, alarms),
                new Paragraph(getTranslation("staff.versions.intro")), versionList(versions, institution), settings(catalogue.current()),
                compare(versions));
    }

    private UnorderedList versionList(List<PublishedContent> versions, InstitutionSchedule institution) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(language.locale()).withZone(institution.zone());
        UnorderedList list = new UnorderedList();
        list.setId("version-list");
        for (PublishedContent version : versions) {
            Span title = new Span(getTranslation("staff.versions.item", version.version(), format.format(version.publishedAt()))
                    + (version.hash().equals(catalogue.current().hash()) ? " " + getTranslation("staff.versions.current") : ""));
            title.addClassName("cc-patient-name");
            Paragraph kind = new Paragraph(getTranslation(version.minor() == 0 ? "staff.versions.major" : "staff.versions.minor"));
            UnorderedList changes = new UnorderedList();
            version.changes().forEach(change -> changes.add(new ListItem(change)));
            ReadabilityReport report = version.readability();
            long within = report.rows().stream().filter(ReadabilityReport.Row::withinLimit).count();
            Paragraph readability = new Paragraph(getTranslation("staff.versions.readability", within, report.rows().size()));
            Paragraph hash = new Paragraph(getTranslation("staff.versions.hash", version.hash()));
            hash.addClassName("cc-hash");
            ListItem item = new ListItem(title, kind, changes, readability, hash);
            item.setId("version-" + version.version().replace('.', '-'));
            item.addClassName("cc-version");
            list.add(item);
        }
        return list;
    }

    private Section settings(PublishedContent current) {
        UnorderedList list = new UnorderedList();
        list.setId("settings-list");
        for (InstitutionSetting setting : current.content().settings()) {
            ListItem item = new ListItem(getTranslation(setting.isDefault() ? "staff.versions.settings.default" : "staff.versions.settings.configured",
                    setting.id(), setting.text(language)));
            item.setId("setting-" + setting.id());
            item.getElement().setAttribute("data-default", Boolean.toString(setting.isDefault()));
            if (setting.required() && setting.isDefault()) {
                // Production refuses to start until the institution has decided it: say so where staff look.
                item.add(new com.vaadin.flow.component.html.Span(" " + getTranslation("staff.versions.settings.required")));
                item.getElement().setAttribute("data-required", "true");
            }
            list.add(item);
        }
        Section section = new Section(new H2(getTranslation("staff.versions.settings.title")));
        if (current.content().demonstration()) {
            com.vaadin.flow.component.html.Paragraph demonstration = new com.vaadin.flow.component.html.Paragraph(
                    getTranslation("staff.versions.demonstration"));
            demonstration.setId("versions-demonstration");
            demonstration.addClassName("cc-notice");
            section.add(demonstration);
        }
        section.add(list);
        return section;
    }

    private Section compare(List<PublishedContent> versions) {
        List<String> labels = versions.stream().map(PublishedContent::version).toList();
        Select<String> from = select("compare-from", "staff.versions.compare.from", labels);
        Select<String> to = select("compare-to", "staff.versions.compare.to", labels);
        to.setValue(labels.getFirst());
        from.setValue(labels.size() > 1 ? labels.get(1) : labels.getFirst());
        Button show = new Button(getTranslation("staff.versions.compare.submit"), click -> showDiff(versions, from.getValue(), to.getValue()));
        show.setId("compare-submit");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        diff.setId("diff");
        diff.addClassName("cc-diff");
        diff.getElement().setAttribute("aria-live", "polite");
        Div form = new Div(from, to, show);
        form.addClassName("cc-form");
        return new Section(new H2(getTranslation("staff.versions.compare.title")), form, diff);
    }

    private Select<String> select(String id, String label, List<String> labels) {
        Select<String> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(label));
        select.setItems(labels);
        return select;
    }

    private void showDiff(List<PublishedContent> versions, String fromLabel, String toLabel) {
        diff.removeAll();
        Optional<PublishedContent> from = versions.stream().filter(v -> v.version().equals(fromLabel)).findFirst();
        Optional<PublishedContent> to = versions.stream().filter(v -> v.version().equals(toLabel)).findFirst();
        if (from.isEmpty() || to.isEmpty()) {
            Paragraph pick = new Paragraph(getTranslation("staff.versions.compare.pick"));
            pick.getElement().setAttribute("role", "alert");
            diff.add(pick);
            return;
        }
        UnorderedList summary = new UnorderedList();
        summary.setId("diff-summary");
        VersionChange.between(from.get().content(), to.get().content()).changes().forEach(change -> summary.add(new ListItem(change)));
        diff.add(summary);
        diff.add(ContentDiffList.of(catalogue.diff(from.get(), to.get()), from.get().content(), to.get().content(), language, this::getTranslation));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.versions.title");
    }
}
