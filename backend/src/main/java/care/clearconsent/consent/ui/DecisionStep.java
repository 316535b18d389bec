package care.clearconsent.consent.ui;

import care.clearconsent.consent.Decision;
import care.clearconsent.consent.JourneyFact.DecisionRecorded;
import care.clearconsent.consent.JourneyState;
import care.clearconsent.consent.Step;
import care.clearconsent.content.ContentPackage;
import care.clearconsent.content.Language;
import care.clearconsent.content.Purpose;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Agree, do not agree, or decide later; when agreeing, a separate yes or no for each purpose the content defines. */
class DecisionStep extends Section {

    DecisionStep(StepContext context) {
        JourneyState state = context.journey().state();
        ContentPackage content = context.journey().content().content();
        Language language = state.language();

        Paragraph error = Ui.status("form-error", true);
        RadioButtonGroup<Decision> choice = new RadioButtonGroup<>(getTranslation("journey.decision.choice"));
        choice.setId("decision-choice");
        choice.setItems(Decision.values());
        choice.setItemLabelGenerator(decision -> label(content, language, decision));
        choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choice.addClassName("cc-choices");

        Map<String, RadioButtonGroup<Boolean>> purposes = new LinkedHashMap<>();
        for (Purpose purpose : content.purposes()) {
            RadioButtonGroup<Boolean> answer = new RadioButtonGroup<>(purpose.text(language).label());
            answer.setId("purpose-" + purpose.id());
            answer.setHelperText(purpose.text(language).description());
            answer.setItems(List.of(Boolean.TRUE, Boolean.FALSE));
            answer.setItemLabelGenerator(yes -> getTranslation(yes ? "journey.decision.yes" : "journey.decision.no"));
            answer.addClassName("cc-choices");
            purposes.put(purpose.id(), answer);
        }
        state.decision().ifPresent(previous -> restore(previous, choice, purposes));
        purposes.values().forEach(group -> group.setVisible(choice.getValue() == Decision.AGREE));
        choice.addValueChangeListener(change -> purposes.values().forEach(group -> group.setVisible(change.getValue() == Decision.AGREE)));

        Button back = Ui.secondary("decision-back", getTranslation("journey.back"));
        back.addClickListener(click -> context.go(context.journey().plan().previous(Step.DECISION), key -> error.setText(getTranslation(key))));
        Button confirm = Ui.primary("decision-confirm", getTranslation("journey.decision.confirm"));
        confirm.addClickListener(click -> {
            Map<String, Boolean> answers = new LinkedHashMap<>();
            if (choice.getValue() == Decision.AGREE) {
                purposes.forEach((id, group) -> {
                    if (group.getValue() != null) {
                        answers.put(id, group.getValue());
                    }
                });
            }
            Step next = choice.getValue() == Decision.LATER ? Step.RECEIPT : Step.SIGNATURE;
            context.act(j -> {
                j.decide(context.journey().id(), context.origin(), choice.getValue(), answers);
                return j.show(context.journey().id(), context.origin(), next, null);
            }, key -> error.setText(getTranslation(key)));
        });

        Paragraph intro = new Paragraph(getTranslation("journey.decision.intro"));
        add(Ui.heading("step-title", getTranslation("journey.decision.title")), intro, choice);
        purposes.values().forEach(this::add);
        add(error, Ui.actions(back, confirm));
    }

    private String label(ContentPackage content, Language language, Decision decision) {
        String label = getTranslation("journey.decision." + decision.name());
        if (decision == Decision.DECLINE && content.careWithoutAiOffered()) {
            return label + " (" + content.careWithoutAi().get(language).label() + ": " + content.careWithoutAi().get(language).description() + ")";
        }
        return label;
    }

    private static void restore(DecisionRecorded previous, RadioButtonGroup<Decision> choice, Map<String, RadioButtonGroup<Boolean>> purposes) {
        choice.setValue(previous.decision());
        previous.purposes().forEach((id, yes) -> {
            if (purposes.containsKey(id)) {
                purposes.get(id).setValue(yes);
            }
        });
    }
}
