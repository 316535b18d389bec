package care.clearconsent.staff.ui;

import care.clearconsent.consent.Actor;
import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.Journey;
import care.clearconsent.consent.JourneyId;
import care.clearconsent.consent.JourneyRejected;
import care.clearconsent.consent.Origin;
import care.clearconsent.consent.ScreenText;
import care.clearconsent.consent.WithdrawalChoice;
import care.clearconsent.consent.WithdrawalScope;
import care.clearconsent.content.Language;
import care.clearconsent.shared.Devices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/**
 * A nurse withdraws consent on the patient's behalf: all of it, one purpose or one AI system, and says why. One
 * event is appended; nothing is deleted.
 */
class WithdrawForm extends Div {

    private record Choice(WithdrawalScope scope, String target, String label) {
    }

    WithdrawForm(ConsentJourneys journeys, JourneyId journeyId, String patientName, String nurse, Runnable done) {
        Journey journey = journeys.find(journeyId).orElseThrow();
        ScreenText words = new ScreenText(com.vaadin.flow.server.VaadinService.getCurrent().getInstantiator().getI18NProvider(), Language.of(getLocale()), journey.content().content());
        List<Choice> choices = WithdrawalChoice.available(journey).stream()
                .map(choice -> new Choice(choice.scope(), choice.target(), words.withdrawalLabel(journey.content().content(), choice))).toList();
        RadioButtonGroup<Choice> what = new RadioButtonGroup<>(getTranslation("staff.withdraw.choice"));
        what.setId("withdraw-what");
        what.setItems(choices);
        what.setItemLabelGenerator(Choice::label);
        what.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        TextField reason = new TextField(getTranslation("staff.withdraw.reason"));
        reason.setId("withdraw-reason");
        reason.setMaxLength(200);
        reason.setWidthFull();
        Paragraph result = new Paragraph();
        result.setId("withdraw-result");
        result.getElement().setAttribute("role", "alert");
        Button confirm = new Button(getTranslation("staff.withdraw.confirm"), click -> {
            what.setInvalid(false);
            reason.setInvalid(false);
            if (what.getValue() == null) {
                what.setErrorMessage(getTranslation("journey.withdraw.required"));
                what.setInvalid(true);
                return;
            }
            try {
                Choice chosen = what.getValue();
                journeys.withdraw(journeyId, new Origin(Actor.nurse(nurse), Devices.current()), chosen.scope(),
                        chosen.scope() == WithdrawalScope.ALL ? null : chosen.target(), reason.getValue());
                done.run();
            } catch (JourneyRejected rejected) {
                if (rejected.messageKey().equals("journey.withdraw.reason.required")) {
                    reason.setErrorMessage(getTranslation(rejected.messageKey()));
                    reason.setInvalid(true);
                } else {
                    result.setText(getTranslation(rejected.messageKey()));
                }
            }
        });
        confirm.setId("withdraw-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button cancel = new Button(getTranslation("staff.withdraw.cancel"), click -> done.run());
        cancel.setId("withdraw-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_LARGE);
        add(new H3(getTranslation("staff.withdraw.title", patientName)), what, reason, result, new Div(cancel, confirm));
        addClassName("cc-form");
        addClassName("cc-withdraw");
        setId("withdraw-form");
    }
}
