package care.clearconsent.staff.ui;

import care.clearconsent.content.ContentProblem;
import care.clearconsent.content.Language;
import care.clearconsent.content.ReadabilityReport;
import care.clearconsent.evidence.Alarms;
import care.clearconsent.explanation.ContentPublishRejected;
import care.clearconsent.explanation.ContentReview;
import care.clearconsent.explanation.ExplanationCatalogue;
import care.clearconsent.explanation.PublishedContent;
import care.clearconsent.shared.PageLanguage;
import care.clearconsent.staff.StaffRole;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/**
 * An administrator publishes the explanation content from the content folder: first what the folder holds now is
 * checked and shown (every broken rule with file and line, readability, the version it would become, whether patients
 * must consent again, every changed line); only then can exactly that be published.
 */
@Route("staff/publish")
@RolesAllowed(StaffRole.ADMIN)
class PublishContentView extends Main implements HasDynamicTitle {

    private final ExplanationCatalogue catalogue;
    private final String admin;
    private final Paragraph result = new Paragraph();
    private final Div review = new Div();

    PublishContentView(ExplanationCatalogue catalogue, AuthenticationContext authentication, Alarms alarms) {
        this.catalogue = catalogue;
        this.admin = authentication.getPrincipalName().orElseThrow();
        addClassName("cc-page");
        addClassName("cc-staff");
        PageLanguage.apply(UI.getCurrent(), PageLanguage.forBrowser(UI.getCurrent()));
        result.setId("publish-result");
        result.getElement().setAttribute("role", "status");
        review.setId("content-review");
        Button again = new Button(getTranslation("staff.publish.check"), click -> show());
        again.setId("content-check");
        again.addThemeVariants(ButtonVariant.LUMO_LARGE);
        add(new StaffHeader(getTranslation("staff.publish.title"), "staff/publish", authentication, alarms),
                new Paragraph(getTranslation("staff.publish.intro")), again, result, review);
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.publish.title");
    }

    private void show() {
        review.removeAll();
        ContentReview checked = catalogue.review();
        String source = checked.source().equals(ContentReview.SHIPPED) ? getTranslation("staff.publish.shipped") : checked.source();
        review.add(new Paragraph(getTranslation("staff.publish.source", source, checked.currentVersion())));
        if (!checked.valid()) {
            review.add(problems(checked.problems()));
            return;
        }
        Paragraph valid = new Paragraph(getTranslation("staff.publish.valid"));
        valid.setId("content-valid");
        review.add(valid, readability(checked.readability()));
        if (!checked.publishable()) {
            Paragraph same = new Paragraph(getTranslation("staff.publish.unchanged", checked.currentVersion()));
            same.setId("content-unchanged");
            review.add(same);
            return;
        }
        Paragraph next = new Paragraph(getTranslation(checked.major() ? "staff.publish.next.major" : "staff.publish.next.minor", checked.nextVersion()));
        next.setId("content-next");
        UnorderedList changes = new UnorderedList();
        changes.setId("content-changes");
        checked.changes().forEach(change -> changes.add(new ListItem(change)));
        PublishedContent current = catalogue.current();
        Div diff = ContentDiffList.of(checked.diff(), current.content(), current.content(), Language.of(getLocale()), this::getTranslation);
        diff.setId("content-diff");
        diff.addClassName("cc-diff");
        Button publish = new Button(getTranslation("staff.publish.submit", checked.nextVersion()), click -> publish(checked.reviewedHash()));
        publish.setId("content-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        review.add(next, new Section(new H2(getTranslation("staff.publish.changes")), changes), new Section(new H2(getTranslation("staff.publish.diff")), diff),
                publish);
    }

    private Section problems(List<ContentProblem> problems) {
        UnorderedList list = new UnorderedList();
        list.setId("content-problems");
        problems.forEach(problem -> list.add(new ListItem(problem.toString())));
        Paragraph refused = new Paragraph(getTranslation("staff.publish.invalid", problems.size()));
        refused.getElement().setAttribute("role", "alert");
        return new Section(new H2(getTranslation("staff.publish.problems")), refused, list);
    }

    private Section readability(ReadabilityReport report) {
        List<ReadabilityReport.Row> outside = report.rows().stream().filter(row -> !row.withinLimit()).toList();
        Paragraph summary = new Paragraph(getTranslation("staff.versions.readability", report.rows().size() - outside.size(), report.rows().size()));
        summary.setId("content-readability");
        Section section = new Section(new H2(getTranslation("staff.publish.readability")), summary);
        if (!outside.isEmpty()) {
            section.add(DataTable.of("content-readability-outside", getTranslation("staff.publish.readability.outside"),
                    List.of(getTranslation("staff.publish.column.section"), getTranslation("staff.publish.column.language"),
                            getTranslation("staff.publish.column.level"), getTranslation("staff.publish.column.words-per-sentence")),
                    outside.stream().map(row -> List.of(row.section(), row.language(), row.level(),
                            String.format(Locale.ROOT, "%.1f", row.wordsPerSentence()))).toList(), true));
        }
        return section;
    }

    private void publish(String reviewedHash) {
        try {
            PublishedContent published = catalogue.publishReviewed(reviewedHash, admin);
            show();
            result.setText(getTranslation("staff.publish.done", published.version()));
        } catch (ContentPublishRejected rejected) {
            show();
            result.setText(getTranslation(rejected.messageKey()));
        }
    }
}
