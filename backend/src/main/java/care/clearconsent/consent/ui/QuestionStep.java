package care.clearconsent.consent.ui;

import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.JourneyFact.QuizAnswered;
import care.clearconsent.consent.JourneyState;
import care.clearconsent.consent.Step;
import care.clearconsent.content.Question;
import care.clearconsent.content.QuestionText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import care.clearconsent.speech.Sentences;
import java.util.List;

/** A comprehension question: a wrong answer explains, offers the section again, and allows up to three tries. */
class QuestionStep extends Section {

    QuestionStep(StepContext context, Question question) {
        JourneyState state = context.journey().state();
        QuestionText text = question.text(state.language());
        Step step = Step.question(question.id());
        setId("question-" + question.id());

        Paragraph error = Ui.status("form-error", true);
        Paragraph feedback = Ui.status("quiz-feedback", false);
        RadioButtonGroup<String> options = new RadioButtonGroup<>(text.prompt());
        options.setId("quiz-options");
        List<String> shownOrder = state.optionOrder(question);
        options.setItems(shownOrder);
        options.setItemLabelGenerator(option -> text.options().get(option));
        options.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        options.addClassName("cc-choices");

        Button check = Ui.primary("quiz-check", getTranslation("journey.quiz.check"));
        // After checking, focus goes to the explanation; once the question is settled, straight on to "Next", which
        // is described by the explanation so a screen reader reads both.
        check.addClickListener(click -> {
            String chosen = options.getValue() == null ? "" : options.getValue();
            boolean settles = question.isCorrect(chosen) || state.answers(question.id()).size() + 1 >= ConsentJourneys.MAX_QUIZ_ATTEMPTS;
            context.act(j -> j.answer(context.journey().id(), context.origin(), question.id(), chosen).journey(),
                    key -> error.setText(getTranslation(key)), settles ? "quiz-next" : "quiz-feedback");
        });
        Button reread = Ui.secondary("quiz-reread", getTranslation("journey.quiz.reread"));
        reread.addClickListener(click -> context.go(Step.section(question.section()), step, key -> error.setText(getTranslation(key))));
        Button back = Ui.secondary("quiz-back", getTranslation("journey.back"));
        back.addClickListener(click -> context.go(context.journey().plan().previous(step), key -> error.setText(getTranslation(key))));
        Button next = Ui.primary("quiz-next", getTranslation("journey.next"));
        next.addClickListener(click -> context.go(context.journey().plan().next(step), key -> error.setText(getTranslation(key))));

        List<QuizAnswered> answers = state.answers(question.id());
        boolean settled = state.questionSettled(question.id());
        boolean lastWrong = !answers.isEmpty() && !answers.getLast().correct();
        feedback.getElement().setAttribute("tabindex", "-1");
        next.getElement().setAttribute("aria-describedby", "quiz-feedback");
        if (!answers.isEmpty()) {
            options.setValue(answers.getLast().option());
            feedback.setText(feedbackText(text, answers, settled));
            feedback.addClassName(lastWrong ? "cc-feedback-wrong" : "cc-feedback-right");
        }
        options.setReadOnly(settled);
        check.setVisible(!settled);
        reread.setVisible(lastWrong);
        next.setEnabled(settled);

        // Sentence 0 is the prompt (the group's label), then one per answer choice, as the audio reads them.
        options.getElement().setAttribute("data-sentence", "0");
        int choice = 1;
        for (var radio : options.getChildren().toList()) {
            radio.getElement().setAttribute("data-sentence", Integer.toString(choice++));
        }
        add(Ui.heading("step-title", getTranslation("journey.quiz.heading")),
                new SpeechControls(context, step, Sentences.ofQuestion(question, state.language(), shownOrder),
                        context.contentAudio("questions/" + question.id() + "/audio?order=" + String.join(",", shownOrder))),
                options, feedback, error, Ui.actions(back, reread, check, next));
    }

    private String feedbackText(QuestionText text, List<QuizAnswered> answers, boolean settled) {
        if (answers.getLast().correct()) {
            return getTranslation("journey.quiz.correct");
        }
        String wrong = getTranslation("journey.quiz.wrong") + " " + text.explanation();
        return settled ? wrong + " " + getTranslation("journey.quiz.out-of-attempts")
                : wrong + " " + getTranslation("journey.quiz.attempts-left", ConsentJourneys.MAX_QUIZ_ATTEMPTS - answers.size());
    }
}
