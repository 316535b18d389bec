package care.clearconsent.staff.ui;

import care.clearconsent.consent.Actor;
import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.JourneyRejected;
import care.clearconsent.consent.Origin;
import care.clearconsent.consent.PatientRequest;
import care.clearconsent.consent.RequestOutcome;
import care.clearconsent.shared.Devices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Requests for an explanation or a human review not yet answered, the one due first at the top, each with its
 * deadline; an overdue one says so. Staff record the answer here.
 */
class OpenRequests extends Section {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    /** The AI system asked about, by its title in the staff member's language. */
    private String systemTitle(ConsentJourneys journeys, PatientRequest request) {
        if (request.aiSystem() == null) {
            return "—";
        }
        care.clearconsent.content.Language language = care.clearconsent.content.Language.of(getLocale());
        return journeys.find(request.journeyId()).flatMap(journey -> journey.content().content().section(request.aiSystem()))
                .map(section -> section.text(language, care.clearconsent.content.ReadingLevel.STANDARD).title()).orElse(request.aiSystem());
    }

    OpenRequests(ConsentJourneys journeys, Clock clock, ZoneId zone, String staffUser, Runnable changed) {
        setId("open-requests");
        add(new H2(getTranslation("staff.requests.title")));
        List<PatientRequest> open = journeys.openRequests();
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("staff.requests.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (PatientRequest request : open) {
            ListItem item = new ListItem(new Span(getTranslation("staff.requests.line", request.patientId(),
                    getTranslation("staff.request.kind." + request.kind().name()), systemTitle(journeys, request),
                    DAY.format(request.madeAt().atZone(zone)), DAY.format(request.dueBy().atZone(zone)))));
            item.setId("open-request-" + request.id());
            if (request.overdueAt(clock.instant())) {
                Span overdue = new Span(getTranslation("staff.requests.overdue", DAY.format(request.dueBy().atZone(zone))));
                overdue.setId("overdue-" + request.id());
                overdue.addClassName("cc-flag");
                item.add(overdue);
            }
            RadioButtonGroup<RequestOutcome> outcome = new RadioButtonGroup<>(getTranslation("staff.requests.outcome"));
            outcome.setId("outcome-" + request.id());
            outcome.setItems(RequestOutcome.values());
            outcome.setItemLabelGenerator(o -> getTranslation("staff.requests.outcome." + o.name()));
            outcome.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.LUMO_VERTICAL);
            Button answer = new Button(getTranslation("staff.requests.answer"), click -> {
                if (outcome.getValue() == null) {
                    outcome.setErrorMessage(getTranslation("staff.requests.outcome.required"));
                    outcome.setInvalid(true);
                    return;
                }
                try {
                    journeys.answerRequest(request.journeyId(), new Origin(Actor.nurse(staffUser), Devices.current()), request.id(), outcome.getValue());
                } catch (JourneyRejected alreadyAnswered) {
                    // Answered meanwhile on another screen: the refreshed list no longer shows it.
                }
                changed.run();
            });
            answer.setId("answer-" + request.id());
            answer.addThemeVariants(ButtonVariant.LUMO_LARGE);
            item.add(outcome, answer);
            item.addClassName("cc-request");
            list.add(item);
        }
        add(list);
    }
}
