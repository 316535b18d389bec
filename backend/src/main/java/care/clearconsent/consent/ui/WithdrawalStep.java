package care.clearconsent.consent.ui;

import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.ScreenText;
import care.clearconsent.consent.WithdrawalChoice;
import care.clearconsent.consent.WithdrawalScope;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.List;

/**
 * The tablet screen a nurse opens for a patient who wants to take back an agreement: all of it, one purpose or one
 * AI system. One choice, one button, read aloud like every screen; what was recorded before stays, and the
 * withdrawal is recorded on top of it.
 */
class WithdrawalStep extends Section {

    WithdrawalStep(StepContext context) {
        ScreenText text = context.screenText();
        var journey = context.journey();
        var giveBack = Ui.primary("receipt-give-back", text.text("journey.receipt.give-back"));
        giveBack.addClickListener(click -> context.giveBack());
        var speech = new SpeechControls(context, ConsentJourneys.WITHDRAWAL_TARGET, text.withdrawal(journey, context.institution().zone()),
                context.screenAudio(ConsentJourneys.WITHDRAWAL_TARGET), "");
        List<WithdrawalChoice> choices = WithdrawalChoice.available(journey);
        boolean justWithdrawn = journey.state().lastWasWithdrawal();
        if (justWithdrawn || choices.isEmpty()) {
            Paragraph done = Ui.spoken(new Paragraph(text.text(justWithdrawn ? "journey.withdraw.done" : "journey.withdraw.nothing-left")), 1);
            done.setId("withdraw-done");
            done.getElement().setAttribute("role", "status");
            add(Ui.spoken(Ui.heading("step-title", text.text("journey.withdraw.title")), 0), speech, done, Ui.actions(giveBack));
            return;
        }
        Paragraph error = Ui.status("form-error", true);
        RadioButtonGroup<WithdrawalChoice> choice = Ui.spoken(new RadioButtonGroup<>(text.text("journey.withdraw.choice")), 2);
        choice.setId("withdraw-choice");
        choice.setItems(choices);
        choice.setItemLabelGenerator(option -> text.withdrawalLabel(journey.content().content(), option));
        choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choice.addClassName("cc-choices");
        // Read aloud in order: title 0, intro 1, question 2, then one line per choice.
        int line = 3;
        for (var radio : choice.getChildren().toList()) {
            Ui.spoken(radio, line++);
        }
        var confirm = Ui.primary("withdraw-confirm", text.text("journey.withdraw.confirm"));
        confirm.addClickListener(click -> {
            WithdrawalChoice chosen = choice.getValue();
            if (chosen == null) {
                choice.setErrorMessage(text.text("journey.withdraw.required"));
                choice.setInvalid(true);
                return;
            }
            context.act(journeys -> journeys.withdraw(journey.id(), context.origin(), chosen.scope(),
                    chosen.scope() == WithdrawalScope.ALL ? null : chosen.target(), null), key -> error.setText(text.text(key)));
        });
        add(Ui.spoken(Ui.heading("step-title", text.text("journey.withdraw.title")), 0), speech,
                Ui.spoken(new Paragraph(text.text("journey.withdraw.intro", text.agreedOn(journey.state(), context.institution().zone()))), 1),
                choice, error, Ui.actions(giveBack, confirm));
    }
}
