package care.clearconsent.staff.ui;

import care.clearconsent.consent.JourneySummary;
import care.clearconsent.consent.Step;
import care.clearconsent.content.Language;
import care.clearconsent.explanation.PublishedContent;
import care.clearconsent.content.ReadingLevel;
import care.clearconsent.patients.Patient;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Today's patients by state, with what the tablet told the nurse: the step, the modes in use, the quiz so far, and
 * each open cue with a button to mark it resolved. Redrawn whenever a journey changes (server push).
 */
class TodayBoard extends Section {

    /** The groups in the order a nurse looks at them: who needs help first. */
    enum Group { NEEDS_HELP, IN_PROGRESS, WAITING, DECIDE_LATER, NEEDS_RENEWAL, DONE }

    /** One patient today: their newest journey, or none yet (waiting). */
    record Entry(Patient patient, Optional<JourneySummary> journey) {
    }

    /** Marks a cue resolved: the journey, the kind of cue and what it is about. */
    interface Resolver {
        void resolve(JourneySummary journey, String cue, String subject);
    }

    private final Function<String, Optional<PublishedContent>> contentByHash;
    private final Resolver resolver;

    TodayBoard(Function<String, Optional<PublishedContent>> contentByHash, Resolver resolver) {
        this.contentByHash = contentByHash;
        this.resolver = resolver;
        setId("today");
        addClassName("cc-today");
    }

    void show(List<Entry> today) {
        removeAll();
        add(new H2(getTranslation("staff.today.title")));
        Map<Group, List<Entry>> groups = new LinkedHashMap<>();
        for (Group group : Group.values()) {
            groups.put(group, new ArrayList<>());
        }
        today.forEach(entry -> groups.get(groupOf(entry)).add(entry));
        groups.forEach((group, entries) -> {
            String slug = group.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            H3 heading = new H3(getTranslation("staff.today.group." + group.name(), entries.size()));
            heading.setId("today-heading-" + slug);
            UnorderedList list = new UnorderedList();
            list.setId("today-" + slug);
            list.addClassName("cc-today-group");
            entries.forEach(entry -> list.add(item(entry)));
            add(heading, list);
        });
    }

    static Group groupOf(Entry entry) {
        if (entry.journey().isEmpty()) {
            return Group.WAITING;
        }
        JourneySummary journey = entry.journey().get();
        if (journey.needsHelp()) {
            return Group.NEEDS_HELP;
        }
        if (journey.consentNeededAgain()) {
            return Group.NEEDS_RENEWAL;
        }
        return switch (journey.status()) {
            case IN_PROGRESS, AWAITING_SIGNATURE -> Group.IN_PROGRESS;
            case DECIDE_LATER -> Group.DECIDE_LATER;
            case AGREED, DECLINED, WITHDRAWN -> Group.DONE;
        };
    }

    private ListItem item(Entry entry) {
        Patient patient = entry.patient();
        Span name = new Span(patient.displayName());
        name.addClassName("cc-patient-name");
        Span who = new Span(getTranslation("staff.today.who", Integer.toString(patient.birthYear()), patient.phoneEnding()));
        ListItem item = new ListItem(name, who);
        item.setId("today-patient-" + patient.id().value());
        item.addClassName("cc-today-entry");
        entry.journey().ifPresent(journey -> {
            Language language = Language.of(getLocale());
            Optional<PublishedContent> content = contentByHash.apply(journey.contentVersion());
            Paragraph progress = new Paragraph(getTranslation("staff.today.progress", getTranslation("status." + journey.status().name()),
                    stepLabel(journey.current(), content, language), modes(journey), quiz(journey)));
            progress.setId("progress-" + journey.id().value());
            item.add(progress);
            journey.questionsRaised().forEach(section -> item.add(cue(journey, "question", section,
                    getTranslation("staff.today.cue.question", sectionTitle(section, content, language)))));
            journey.openQuizCues().forEach(question -> item.add(cue(journey, "quiz", question,
                    getTranslation("staff.today.cue.quiz", questionPrompt(question, content, language)))));
        });
        return item;
    }

    private Span cue(JourneySummary journey, String cue, String subject, String text) {
        Span said = new Span(text);
        said.addClassName("cc-flag");
        Button resolve = new Button(getTranslation("staff.today.resolve"), click -> resolver.resolve(journey, cue, subject));
        resolve.setId("resolve-" + journey.id().value() + "-" + cue + "-" + subject);
        resolve.addThemeVariants(ButtonVariant.LUMO_LARGE);
        resolve.getElement().setAttribute("aria-label", getTranslation("staff.today.resolve.label", text));
        Span line = new Span(said, resolve);
        line.setId("cue-" + journey.id().value() + "-" + cue + "-" + subject);
        line.addClassName("cc-cue");
        return line;
    }

    private String stepLabel(Step step, Optional<PublishedContent> content, Language language) {
        return switch (step.kind()) {
            case SECTION -> sectionTitle(step.ref(), content, language);
            case QUESTION -> getTranslation("staff.today.step.QUESTION");
            default -> getTranslation("staff.today.step." + step.kind().name());
        };
    }

    private String modes(JourneySummary journey) {
        List<String> on = new ArrayList<>();
        on.add(journey.language().tag().toUpperCase(java.util.Locale.ROOT));
        if (journey.modes().largeText()) on.add(getTranslation("staff.today.mode.large"));
        if (journey.modes().simplified()) on.add(getTranslation("staff.today.mode.simplified"));
        if (journey.modes().highContrast()) on.add(getTranslation("staff.today.mode.contrast"));
        if (journey.modes().voice()) on.add(getTranslation("staff.today.mode.voice"));
        return String.join(", ", on);
    }

    private String quiz(JourneySummary journey) {
        long right = journey.firstTry().values().stream().filter(Boolean::booleanValue).count();
        return getTranslation("staff.today.quiz", right, journey.firstTry().size());
    }

    private static String sectionTitle(String section, Optional<PublishedContent> content, Language language) {
        return content.flatMap(published -> published.content().section(section))
                .map(found -> found.text(language, ReadingLevel.STANDARD).title()).orElse(section);
    }

    private static String questionPrompt(String question, Optional<PublishedContent> content, Language language) {
        return content.flatMap(published -> published.content().question(question))
                .map(found -> found.text(language).prompt()).orElse(question);
    }
}
