package care.clearconsent.staff.ui;

import care.clearconsent.evidence.Alarms;
import care.clearconsent.content.Language;
import care.clearconsent.content.ReadingLevel;
import care.clearconsent.content.Section;
import care.clearconsent.content.StaffAttributes;
import care.clearconsent.content.SystemFacts;
import care.clearconsent.explanation.ExplanationCatalogue;
import care.clearconsent.explanation.PublishedContent;
import care.clearconsent.shared.PageLanguage;
import care.clearconsent.staff.StaffRole;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * Read-only facts for staff about each AI system the current explanation covers: with no id the list of systems,
 * with an id the system's staff face (HTI-1 source attributes and CHAI model card fields).
 */
@Route("staff/systems")
@RolesAllowed(StaffRole.NURSE)
class AiSystemsView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final Alarms alarms;

    private final ExplanationCatalogue catalogue;
    private final AuthenticationContext authentication;
    private String title = "";

    AiSystemsView(ExplanationCatalogue catalogue, AuthenticationContext authentication, Alarms alarms) {
        this.alarms = alarms;
        this.catalogue = catalogue;
        this.authentication = authentication;
        addClassName("cc-page");
        addClassName("cc-staff");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String systemId) {
        PageLanguage.apply(UI.getCurrent(), PageLanguage.forBrowser(UI.getCurrent()));
        removeAll();
        PublishedContent current = catalogue.current();
        Language language = Language.of(getLocale());
        Optional<Section> system = Optional.ofNullable(systemId).flatMap(id -> current.content().section(id)).filter(Section::isAiSystem);
        if (systemId == null) {
            title = getTranslation("staff.systems.title");
            add(new StaffHeader(title, "staff/systems", authentication, alarms), list(current, language));
        } else if (system.isEmpty()) {
            title = getTranslation("staff.systems.title");
            Paragraph unknown = new Paragraph(getTranslation("staff.system.unknown"));
            unknown.setId("system-unknown");
            unknown.getElement().setAttribute("role", "alert");
            add(new StaffHeader(title, "", authentication, alarms), unknown, list(current, language));
        } else {
            title = getTranslation("staff.system.title", system.get().text(language, ReadingLevel.STANDARD).title());
            add(new StaffHeader(title, "", authentication, alarms));
            facts(system.get());
        }
    }

    private Div list(PublishedContent current, Language language) {
        UnorderedList systems = new UnorderedList();
        systems.setId("system-list");
        for (Section section : current.content().aiSystems()) {
            Anchor link = new Anchor("staff/systems/" + section.id(),
                    getTranslation("staff.system.open", section.text(language, ReadingLevel.STANDARD).title()));
            link.setId("system-" + section.id());
            link.addClassName("cc-link");
            systems.add(new ListItem(link));
        }
        return new Div(new Paragraph(getTranslation("staff.systems.intro", current.version())), systems);
    }

    private void facts(Section section) {
        SystemFacts facts = java.util.Objects.requireNonNull(section.facts());
        DescriptionList summary = new DescriptionList();
        summary.addClassName("cc-facts");
        summary.setId("system-summary");
        summary.add(term("staff.system.product"), new DescriptionList.Description(facts.product()));
        summary.add(term("staff.system.model-version"), new DescriptionList.Description(facts.modelVersion()
                + (facts.materialUpdate() ? " — " + getTranslation("staff.system.material") : "")));
        summary.add(term("staff.system.locations"), new DescriptionList.Description(String.join(", ", facts.dataLocations())));
        add(summary);
        for (StaffAttributes.Group group : StaffAttributes.GROUPS) {
            H2 heading = new H2(getTranslation("staff.attribute-group." + group.id()));
            DescriptionList list = new DescriptionList();
            list.addClassName("cc-facts");
            list.setId("group-" + group.id());
            for (String key : group.keys()) {
                DescriptionList.Description value = new DescriptionList.Description(facts.attribute(key).orElse(""));
                value.setId("attribute-" + key);
                // Staff facts are written in English by the content author.
                value.getElement().setAttribute("lang", "en");
                list.add(term("staff.attribute." + key), value);
            }
            add(heading, list);
        }
    }

    private DescriptionList.Term term(String key) {
        return new DescriptionList.Term(getTranslation(key));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
