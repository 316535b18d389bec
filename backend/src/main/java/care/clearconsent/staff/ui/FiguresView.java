package care.clearconsent.staff.ui;

import care.clearconsent.consent.ConsentFiguresService;
import care.clearconsent.consent.InstitutionFigures;
import care.clearconsent.consent.InstitutionFigures.Group;
import care.clearconsent.content.Language;
import care.clearconsent.content.ReadingLevel;
import care.clearconsent.evidence.Alarms;
import care.clearconsent.explanation.ExplanationCatalogue;
import care.clearconsent.shared.PageLanguage;
import care.clearconsent.staff.StaffRole;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The institution's figures for the compliance officer: decisions, understanding and modes by age band and language,
 * the quiz per question, each AI system, and time per section against its reading time. Charts where a picture says
 * it faster, each beside the table with the same numbers; the same figures download as CSV.
 */
@Route("staff/figures")
@RolesAllowed({StaffRole.COMPLIANCE, StaffRole.ADMIN})
class FiguresView extends Main implements HasDynamicTitle {

    private final ExplanationCatalogue catalogue;

    FiguresView(ConsentFiguresService figuresService, ExplanationCatalogue catalogue, AuthenticationContext authentication, Alarms alarms) {
        this.catalogue = catalogue;
        addClassName("cc-page");
        addClassName("cc-staff");
        PageLanguage.apply(UI.getCurrent(), PageLanguage.forBrowser(UI.getCurrent()));
        InstitutionFigures figures = figuresService.figures();
        add(new StaffHeader(getTranslation("staff.figures.title"), "staff/figures", authentication, alarms));
        Paragraph counted = new Paragraph(getTranslation("staff.figures.counted", figures.journeys()));
        counted.setId("figures-counted");
        byte[] csv = figures.csv().getBytes(StandardCharsets.UTF_8);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(csv),
                "clearconsent-figures.csv", "text/csv;charset=utf-8", csv.length)), getTranslation("staff.figures.csv"));
        download.setId("figures-csv");
        download.addClassName("cc-link");
        download.getElement().setAttribute("download", true);
        add(counted, download);
        decisions(figures.byAgeBand(), "age", "staff.figures.band.");
        understanding(figures.byAgeBand(), "age", "staff.figures.band.");
        modes(figures.byAgeBand(), "age", "staff.figures.band.");
        decisions(figures.byLanguage(), "language", "staff.figures.language.");
        understanding(figures.byLanguage(), "language", "staff.figures.language.");
        quiz(figures);
        systems(figures);
        sectionTimes(figures);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.figures.title");
    }

    private void decisions(List<Group> groups, String by, String label) {
        Section section = section("figures-decisions-" + by, "staff.figures.decisions." + by);
        Map<String, Map<String, Double>> chart = new LinkedHashMap<>();
        chart.put(getTranslation("staff.figures.agreed"), percents(groups, label, Group::agreed));
        chart.put(getTranslation("staff.figures.declined"), percents(groups, label, Group::declined));
        chart.put(getTranslation("staff.figures.later"), percents(groups, label, Group::decideLater));
        section.add(chart("figures-decisions-" + by, chart));
        section.add(table("figures-decisions-" + by + "-table", getTranslation("staff.figures.decisions." + by),
                List.of("group", "journeys", "agreed", "declined", "later", "withdrawn", "open"),
                groups.stream().map(g -> List.of(getTranslation(label + g.value()), Integer.toString(g.journeys()), share(g.agreed(), g.journeys()),
                        share(g.declined(), g.journeys()), share(g.decideLater(), g.journeys()), share(g.withdrawn(), g.journeys()),
                        share(g.open(), g.journeys()))).toList()));
        add(section);
    }

    private void understanding(List<Group> groups, String by, String label) {
        Section section = section("figures-understanding-" + by, "staff.figures.understanding." + by);
        Map<String, Map<String, Double>> chart = new LinkedHashMap<>();
        chart.put(getTranslation("staff.figures.quiz-first-try"), percents(groups, label, Group::quizFirstTriesRight, Group::quizFirstTries));
        chart.put(getTranslation("staff.figures.teach-back"), percents(groups, label, Group::teachBackUnderstood,
                g -> g.teachBackUnderstood() + g.teachBackPartly() + g.teachBackNot()));
        section.add(chart("figures-understanding-" + by, chart));
        section.add(table("figures-understanding-" + by + "-table", getTranslation("staff.figures.understanding." + by),
                List.of("group", "quiz-first-try", "teach-back", "teach-back-partly", "teach-back-not", "questions", "too-fast", "quiz-failed"),
                groups.stream().map(g -> {
                    int scored = g.teachBackUnderstood() + g.teachBackPartly() + g.teachBackNot();
                    return List.of(getTranslation(label + g.value()), share(g.quizFirstTriesRight(), g.quizFirstTries()),
                            share(g.teachBackUnderstood(), scored), share(g.teachBackPartly(), scored), share(g.teachBackNot(), scored),
                            Integer.toString(g.questionsRaised()), share(g.flaggedTooFast(), g.journeys()), share(g.flaggedQuizFailed(), g.journeys()));
                }).toList()));
        add(section);
    }

    private void modes(List<Group> groups, String by, String label) {
        Section section = section("figures-modes-" + by, "staff.figures.modes." + by);
        section.add(table("figures-modes-" + by + "-table", getTranslation("staff.figures.modes." + by),
                List.of("group", "journeys", "large", "simplified", "contrast", "voice"),
                groups.stream().map(g -> List.of(getTranslation(label + g.value()), Integer.toString(g.journeys()), share(g.largeText(), g.journeys()),
                        share(g.simplified(), g.journeys()), share(g.highContrast(), g.journeys()), share(g.voice(), g.journeys()))).toList()));
        add(section);
    }

    private void quiz(InstitutionFigures figures) {
        Section section = section("figures-quiz", "staff.figures.quiz");
        Language language = Language.of(getLocale());
        section.add(table("figures-quiz-table", getTranslation("staff.figures.quiz"), List.of("question", "group", "quiz-first-try"),
                figures.quiz().stream().map(q -> List.of(catalogue.current().content().question(q.question())
                                .map(found -> found.text(language).prompt()).orElse(q.question()),
                        getTranslation("staff.figures.band." + q.ageBand()), share(q.right(), q.firstTries()))).toList()));
        add(section);
    }

    private void systems(InstitutionFigures figures) {
        Section section = section("figures-systems", "staff.figures.systems");
        Language language = Language.of(getLocale());
        section.add(table("figures-systems-table", getTranslation("staff.figures.systems"), List.of("system", "group", "used"),
                figures.aiSystems().stream().map(s -> List.of(title(s.aiSystem(), language), getTranslation("staff.figures.band." + s.ageBand()),
                        share(s.used(), s.asked()))).toList()));
        add(section);
    }

    private void sectionTimes(InstitutionFigures figures) {
        Section section = section("figures-time", "staff.figures.time");
        Language language = Language.of(getLocale());
        section.add(table("figures-time-table", getTranslation("staff.figures.time"), List.of("section", "group", "language", "level", "acknowledged",
                        "median", "reading"),
                figures.sectionTimes().stream().map(t -> List.of(title(t.section(), language), getTranslation("staff.figures.band." + t.ageBand()),
                        t.language().toUpperCase(java.util.Locale.ROOT),
                        getTranslation(t.simplified() ? "staff.today.mode.simplified" : "staff.figures.standard"), Integer.toString(t.acknowledged()),
                        getTranslation("staff.figures.seconds", t.medianSeconds()), getTranslation("staff.figures.seconds", t.readingSeconds()))).toList()));
        add(section);
    }

    private String title(String section, Language language) {
        return catalogue.current().content().section(section).map(found -> found.text(language, ReadingLevel.STANDARD).title()).orElse(section);
    }

    private Section section(String id, String titleKey) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.setId(id);
        section.addClassName("cc-figures");
        return section;
    }

    private Image chart(String id, Map<String, Map<String, Double>> series) {
        Image chart = new Image(FigureCharts.percentBars(series, getTranslation("staff.figures.percent")), getTranslation("staff.figures.chart-alt"));
        chart.setId(id + "-chart");
        chart.addClassName("cc-chart");
        chart.setWidth(FigureCharts.WIDTH + "px");
        return chart;
    }

    private Map<String, Double> percents(List<Group> groups, String label, Function<Group, Integer> count) {
        return percents(groups, label, count, Group::journeys);
    }

    private Map<String, Double> percents(List<Group> groups, String label, Function<Group, Integer> count, Function<Group, Integer> of) {
        Map<String, Double> values = new LinkedHashMap<>();
        groups.forEach(g -> values.put(getTranslation(label + g.value()), of.apply(g) == 0 ? 0.0 : 100.0 * count.apply(g) / of.apply(g)));
        return values;
    }

    /** "3 of 4 (75 %)", or "—" when there is nothing to count. */
    private String share(int count, int of) {
        return of == 0 ? "—" : getTranslation("staff.figures.share", count, of, Math.round(100.0 * count / of));
    }

    private Div table(String id, String caption, List<String> columns, List<List<String>> rows) {
        return DataTable.of(id, caption, columns.stream().map(column -> getTranslation("staff.figures.column." + column)).toList(), rows, true);
    }
}
