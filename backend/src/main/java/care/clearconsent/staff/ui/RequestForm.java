package care.clearconsent.staff.ui;

import care.clearconsent.consent.Actor;
import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.JourneyId;
import care.clearconsent.consent.JourneyRejected;
import care.clearconsent.consent.Origin;
import care.clearconsent.consent.RequestKind;
import care.clearconsent.content.Language;
import care.clearconsent.content.ReadingLevel;
import care.clearconsent.content.Section;
import care.clearconsent.shared.Devices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;

/**
 * A nurse records what a patient asked for at the desk: an explanation of an AI-assisted decision, or a review of it
 * by a person (PIPA Art. 37-2), and which AI system took part. The 30-day deadline starts now.
 */
class RequestForm extends Div {

    RequestForm(ConsentJourneys journeys, JourneyId journeyId, String patientName, String nurse, Runnable done) {
        var content = journeys.find(journeyId).orElseThrow().content().content();
        Language language = Language.of(getLocale());
        RadioButtonGroup<RequestKind> kind = new RadioButtonGroup<>(getTranslation("staff.request.kind"));
        kind.setId("request-kind");
        kind.setItems(RequestKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("staff.request.kind." + k.name()));
        kind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        RadioButtonGroup<Section> system = new RadioButtonGroup<>(getTranslation("staff.request.system"));
        system.setId("request-system");
        system.setItems(content.aiSystems());
        system.setItemLabelGenerator(s -> s.text(language, ReadingLevel.STANDARD).title());
        system.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        Paragraph result = new Paragraph();
        result.setId("request-result");
        result.getElement().setAttribute("role", "alert");
        Button record = new Button(getTranslation("staff.request.record"), click -> {
            kind.setInvalid(kind.getValue() == null);
            system.setInvalid(system.getValue() == null);
            kind.setErrorMessage(getTranslation("staff.request.kind.required"));
            system.setErrorMessage(getTranslation("staff.request.system.required"));
            if (kind.isInvalid() || system.isInvalid()) {
                return;
            }
            try {
                journeys.makeRequest(journeyId, new Origin(Actor.nurse(nurse), Devices.current()), kind.getValue(), system.getValue().id());
                done.run();
            } catch (JourneyRejected rejected) {
                result.setText(getTranslation(rejected.messageKey()));
            }
        });
        record.setId("request-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button cancel = new Button(getTranslation("staff.withdraw.cancel"), click -> done.run());
        cancel.setId("request-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_LARGE);
        add(new H3(getTranslation("staff.request.title", patientName)), kind, system, result, new Div(cancel, record));
        addClassName("cc-form");
        setId("request-form");
    }
}
