package care.clearconsent.staff.ui;

import care.clearconsent.consent.Actor;
import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.Journey;
import care.clearconsent.consent.JourneyId;
import care.clearconsent.consent.JourneyRejected;
import care.clearconsent.consent.Origin;
import care.clearconsent.consent.TeachBackScore;
import care.clearconsent.content.Language;
import care.clearconsent.content.ReadingLevel;
import care.clearconsent.shared.Devices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assisted consent on the nurse's own device: the patient's teach-back scored per key point, the points explained in
 * person, and the nurse's signature as witness. Recorded as events in the journey, shown on the receipt and in the
 * evidence pack.
 */
class AssistedConsentForm extends Div {

    AssistedConsentForm(ConsentJourneys journeys, JourneyId journeyId, String patientName, String nurse, Runnable done) {
        Journey journey = journeys.find(journeyId).orElseThrow();
        Language language = Language.of(getLocale());
        Map<String, String> titles = new LinkedHashMap<>();
        ConsentJourneys.keyPoints(journey).forEach(point -> titles.put(point,
                journey.content().content().section(point).map(section -> section.text(language, ReadingLevel.STANDARD).title()).orElse(point)));
        Map<String, RadioButtonGroup<TeachBackScore>> scores = new LinkedHashMap<>();
        Div points = new Div();
        points.addClassName("cc-teach-back");
        titles.forEach((point, title) -> {
            RadioButtonGroup<TeachBackScore> score = new RadioButtonGroup<>(getTranslation("staff.assist.point", title));
            score.setId("teach-back-" + point);
            score.setItems(TeachBackScore.values());
            score.setItemLabelGenerator(value -> getTranslation("staff.assist.score." + value.name()));
            journey.state().teachBack().entrySet().stream().filter(entry -> entry.getKey().equals(point)).findFirst()
                    .ifPresent(entry -> score.setValue(entry.getValue()));
            scores.put(point, score);
            points.add(score);
        });
        CheckboxGroup<String> explained = new CheckboxGroup<>(getTranslation("staff.assist.explained"));
        explained.setId("assist-explained");
        explained.setItems(List.copyOf(titles.keySet()));
        explained.setItemLabelGenerator(titles::get);
        Checkbox witness = new Checkbox(getTranslation("staff.assist.witness"));
        witness.setId("assist-witness");
        Paragraph result = new Paragraph();
        result.setId("assist-result");
        result.getElement().setAttribute("role", "status");
        Button submit = new Button(getTranslation("staff.assist.submit"), click -> {
            explained.setInvalid(false);
            Map<String, TeachBackScore> given = new LinkedHashMap<>();
            scores.forEach((point, score) -> {
                if (score.getValue() != null) {
                    given.put(point, score.getValue());
                }
            });
            List<String> chosen = titles.keySet().stream().filter(explained.getValue()::contains).toList();
            try {
                journeys.recordAssistance(journeyId, new Origin(Actor.nurse(nurse), Devices.current()), given, chosen, witness.getValue());
                done.run();
            } catch (JourneyRejected rejected) {
                explained.setErrorMessage(getTranslation(rejected.messageKey()));
                explained.setInvalid(true);
            }
        });
        submit.setId("assist-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        add(new H3(getTranslation("staff.assist.title", patientName)), new Paragraph(getTranslation("staff.assist.help")), points, explained,
                witness, result, submit);
        addClassName("cc-form");
        setId("assist-form");
    }
}
