package care.clearconsent.consent.ui;

import care.clearconsent.consent.JourneyState;
import care.clearconsent.consent.JourneyStatus;
import care.clearconsent.consent.ScreenText;
import care.clearconsent.consent.WithdrawalScope;
import care.clearconsent.content.ReadingLevel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * The tablet screen a nurse opens for a patient who wants to take back an agreement: all of it, one purpose or one
 * AI system. One choice, one button; what was recorded before stays, and the withdrawal is recorded on top of it.
 */
class WithdrawalStep extends Section {

    /** One thing that can be withdrawn: its scope, and the purpose or AI system it names. */
    record Choice(WithdrawalScope scope, String target) {
        String key() {
            return scope + ":" + target;
        }
    }

    WithdrawalStep(StepContext context, boolean justWithdrawn) {
        ScreenText text = context.screenText();
        JourneyState state = context.journey().state();
        var giveBack = Ui.primary("receipt-give-back", text.text("journey.receipt.give-back"));
        giveBack.addClickListener(click -> context.giveBack());
        List<Choice> choices = choices(context);
        if (justWithdrawn || state.status() != JourneyStatus.AGREED || choices.isEmpty()) {
            Paragraph done = Ui.spoken(new Paragraph(text.text(justWithdrawn ? "journey.withdraw.done" : "journey.withdraw.nothing-left")), 1);
            done.setId("withdraw-done");
            done.getElement().setAttribute("role", "status");
            add(Ui.spoken(Ui.heading("step-title", text.text("journey.withdraw.title")), 0), done, Ui.actions(giveBack));
            return;
        }
        String agreedOn = state.decidedAt().map(at -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(state.language().locale()).format(at.atZone(context.institution().zone()))).orElse("");
        Paragraph error = Ui.status("form-error", true);
        RadioButtonGroup<Choice> choice = Ui.spoken(new RadioButtonGroup<>(text.text("journey.withdraw.choice")), 2);
        choice.setId("withdraw-choice");
        choice.setItems(choices);
        choice.setItemLabelGenerator(option -> label(context, text, option));
        choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choice.addClassName("cc-choices");
        var confirm = Ui.primary("withdraw-confirm", text.text("journey.withdraw.confirm"));
        confirm.addClickListener(click -> {
            Choice chosen = choice.getValue();
            if (chosen == null) {
                choice.setErrorMessage(text.text("journey.withdraw.required"));
                choice.setInvalid(true);
                return;
            }
            context.act(journeys -> journeys.withdraw(context.journey().id(), context.origin(), chosen.scope(),
                    chosen.scope() == WithdrawalScope.ALL ? null : chosen.target(), null), key -> error.setText(text.text(key)));
        });
        add(Ui.spoken(Ui.heading("step-title", text.text("journey.withdraw.title")), 0),
                Ui.spoken(new Paragraph(text.text("journey.withdraw.intro", agreedOn)), 1), choice, error, Ui.actions(giveBack, confirm));
    }

    /** Everything still in force: the whole consent, each purpose agreed to, each AI system not yet withdrawn. */
    private static List<Choice> choices(StepContext context) {
        JourneyState state = context.journey().state();
        var content = context.journey().content().content();
        List<Choice> choices = new ArrayList<>(List.of(new Choice(WithdrawalScope.ALL, "")));
        content.purposes().stream().filter(purpose -> state.purposeInForce(purpose.id()))
                .forEach(purpose -> choices.add(new Choice(WithdrawalScope.PURPOSE, purpose.id())));
        content.aiSystems().stream().filter(system -> !state.withdrawnSystems().contains(system.id()))
                .forEach(system -> choices.add(new Choice(WithdrawalScope.AI_SYSTEM, system.id())));
        return choices;
    }

    private static String label(StepContext context, ScreenText text, Choice choice) {
        var content = context.journey().content().content();
        var language = context.journey().state().language();
        return switch (choice.scope()) {
            case ALL -> text.text("journey.withdraw.ALL");
            case PURPOSE -> text.text("journey.withdraw.PURPOSE", content.purposes().stream().filter(p -> p.id().equals(choice.target()))
                    .findFirst().map(p -> p.text(language).label()).orElse(choice.target()));
            case AI_SYSTEM -> text.text("journey.withdraw.AI_SYSTEM", content.section(choice.target())
                    .map(s -> s.text(language, ReadingLevel.STANDARD).title()).orElse(choice.target()));
        };
    }
}
