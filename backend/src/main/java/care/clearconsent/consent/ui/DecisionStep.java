package care.clearconsent.consent.ui;

import care.clearconsent.consent.Decision;
import care.clearconsent.consent.JourneyState;
import care.clearconsent.consent.ScreenText;
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

        ScreenText text = context.screenText();
        Paragraph error = Ui.status("form-error", true);
        RadioButtonGroup<Decision> choice = Ui.spoken(new RadioButtonGroup<>(text.text("journey.decision.choice")), 2);
        choice.setId("decision-choice");
        choice.setItems(Decision.values());
        choice.setItemLabelGenerator(decision -> text.decisionLabel(content, decision));
        choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choice.addClassName("cc-choices");

        // Lines read aloud: title 0, intro 1, question 2, one per choice, then label and description of each purpose.
        int line = 3;
        for (var radio : choice.getChildren().toList()) {
            Ui.spoken(radio, line++);
        }
        Map<String, RadioButtonGroup<Boolean>> purposes = new LinkedHashMap<>();
        for (Purpose purpose : content.purposes()) {
            RadioButtonGroup<Boolean> answer = Ui.spoken(new RadioButtonGroup<>(purpose.text(language).label()), line);
            line += 2;
            answer.setId("purpose-" + purpose.id());
            answer.setHelperText(purpose.text(language).description());
            yesNo(answer, text);
            purposes.put(purpose.id(), answer);
        }
        // Then the AI systems a patient can decline one by one, each with what declining it means here.
        Paragraph systemsIntro = Ui.spoken(new Paragraph(text.text("journey.decision.systems")), line++);
        systemsIntro.setId("decision-systems");
        Map<String, RadioButtonGroup<Boolean>> systems = new LinkedHashMap<>();
        for (var system : content.declinableSystems()) {
            RadioButtonGroup<Boolean> answer = yesNo(Ui.spoken(new RadioButtonGroup<>(text.systemQuestion(system)), line), text);
            line += 2;
            answer.setId("system-" + system.id());
            answer.setHelperText(text.decliningMeans(content, system));
            systems.put(system.id(), answer);
        }
        state.decision().ifPresent(previous -> {
            choice.setValue(previous.decision());
            restore(previous.purposes(), purposes);
        });
        restore(state.systemChoices(), systems);
        List<com.vaadin.flow.component.Component> whenAgreeing = new java.util.ArrayList<>(purposes.values());
        if (!systems.isEmpty()) {
            whenAgreeing.add(systemsIntro);
            whenAgreeing.addAll(systems.values());
        }
        whenAgreeing.forEach(part -> part.setVisible(choice.getValue() == Decision.AGREE));
        choice.addValueChangeListener(change -> whenAgreeing.forEach(part -> part.setVisible(change.getValue() == Decision.AGREE)));

        Button back = Ui.secondary("decision-back", getTranslation("journey.back"));
        back.addClickListener(click -> context.go(context.journey().plan().previous(Step.DECISION), key -> error.setText(getTranslation(key))));
        Button confirm = Ui.primary("decision-confirm", text.text("journey.decision.confirm"));
        confirm.addClickListener(click -> {
            Map<String, Boolean> answers = choice.getValue() == Decision.AGREE ? answered(purposes) : Map.of();
            Map<String, Boolean> systemAnswers = choice.getValue() == Decision.AGREE ? answered(systems) : Map.of();
            Step next = choice.getValue() == Decision.LATER ? Step.RECEIPT : Step.SIGNATURE;
            context.act(j -> {
                j.decide(context.journey().id(), context.origin(), choice.getValue(), answers, systemAnswers);
                return j.show(context.journey().id(), context.origin(), next, null);
            }, key -> error.setText(getTranslation(key)));
        });

        Paragraph intro = Ui.spoken(new Paragraph(text.text("journey.decision.intro")), 1);
        add(Ui.spoken(Ui.heading("step-title", text.text("journey.decision.title")), 0),
                new SpeechControls(context, Step.DECISION, text.decision(content), context.screenAudio("decision")), intro, choice);
        purposes.values().forEach(this::add);
        if (!systems.isEmpty()) {
            add(systemsIntro);
            systems.values().forEach(this::add);
        }
        add(error, Ui.actions(back, confirm));
    }

    /** The questions answered so far, by id; unanswered ones are left out, so the service can say what is missing. */
    private static Map<String, Boolean> answered(Map<String, RadioButtonGroup<Boolean>> groups) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        groups.forEach((id, group) -> {
            if (group.getValue() != null) {
                answers.put(id, group.getValue());
            }
        });
        return answers;
    }

    /** A yes-or-no question whose explanation sits under its label, not under the last choice ("No"). */
    private static RadioButtonGroup<Boolean> yesNo(RadioButtonGroup<Boolean> answer, ScreenText text) {
        answer.addThemeName("helper-above-field");
        answer.setItems(List.of(Boolean.TRUE, Boolean.FALSE));
        answer.setItemLabelGenerator(yes -> text.text(yes ? "journey.decision.yes" : "journey.decision.no"));
        answer.addClassName("cc-choices");
        return answer;
    }

    /** Shows the answers given before (a patient coming back to this screen) in the questions still asked. */
    private static void restore(Map<String, Boolean> answers, Map<String, RadioButtonGroup<Boolean>> groups) {
        answers.forEach((id, yes) -> {
            if (groups.containsKey(id)) {
                groups.get(id).setValue(yes);
            }
        });
    }
}
