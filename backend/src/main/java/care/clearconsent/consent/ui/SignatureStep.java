package care.clearconsent.consent.ui;

import care.clearconsent.consent.SignatureMethod;
import care.clearconsent.consent.Step;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/** The patient, or a named representative, signs to confirm the decision. */
class SignatureStep extends Section {

    SignatureStep(StepContext context) {
        Paragraph error = Ui.status("form-error", true);
        RadioButtonGroup<SignatureMethod> who = Ui.spoken(new RadioButtonGroup<>(getTranslation("journey.signature.who")), 2);
        who.setId("signature-who");
        who.setItems(SignatureMethod.values());
        who.setItemLabelGenerator(method -> getTranslation(method == SignatureMethod.PATIENT
                ? "journey.signature.patient" : "journey.signature.representative"));
        who.setValue(SignatureMethod.PATIENT);
        who.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        who.addClassName("cc-choices");
        int line = 3;
        for (var radio : who.getChildren().toList()) {
            Ui.spoken(radio, line++);
        }

        TextField name = field("representative-name", "journey.signature.representative.name");
        TextField relationship = field("representative-relationship", "journey.signature.representative.relationship");
        who.addValueChangeListener(change -> {
            boolean representative = change.getValue() == SignatureMethod.REPRESENTATIVE;
            name.setVisible(representative);
            relationship.setVisible(representative);
        });

        SignaturePad pad = new SignaturePad(getTranslation("journey.signature.pad"));
        Button clear = Ui.secondary("signature-clear", getTranslation("journey.signature.clear"));
        clear.addClickListener(click -> pad.clear());
        Button back = Ui.secondary("signature-back", getTranslation("journey.back"));
        back.addClickListener(click -> context.go(Step.DECISION, key -> error.setText(getTranslation(key))));
        Button submit = Ui.primary("signature-submit", getTranslation("journey.signature.submit"));
        pad.onDrawn(() -> {
            if (SIGNATURE_EMPTY.equals(shownError)) {
                showError(error, name, relationship, null);
            }
        });
        submit.addClickListener(click -> pad.readPng(png -> context.act(j -> {
            j.sign(context.journey().id(), context.origin(), context.journey().state().decisionHash().orElse(null), who.getValue() == null ? SignatureMethod.PATIENT : who.getValue(), png,
                    name.getValue(), relationship.getValue());
            return j.show(context.journey().id(), context.origin(), Step.RECEIPT, null);
        }, key -> showError(error, name, relationship, key))));

        add(Ui.spoken(Ui.heading("step-title", getTranslation("journey.signature.title")), 0),
                new SpeechControls(context, Step.SIGNATURE, context.screenText().signature(), context.screenAudio("signature")),
                Ui.spoken(new Paragraph(getTranslation("journey.signature.intro")), 1), who, name, relationship, pad, error,
                Ui.actions(back, clear, submit));
    }

    private static final String SIGNATURE_EMPTY = "journey.signature.empty";
    /** The message key shown now, so drawing can clear exactly the "please sign" message. */
    private @Nullable String shownError;

    /**
     * Shows a refusal where it belongs: a representative's missing name or relationship at that field, anything else
     * under the pad; {@code null} clears every message.
     */
    private void showError(Paragraph error, TextField name, TextField relationship, @Nullable String key) {
        shownError = key;
        name.setInvalid("journey.representative.name.required".equals(key));
        relationship.setInvalid("journey.representative.relationship.required".equals(key));
        TextField field = name.isInvalid() ? name : relationship.isInvalid() ? relationship : null;
        if (field != null) {
            field.setErrorMessage(getTranslation(key));
            field.focus();
            error.setText("");
        } else {
            error.setText(key == null ? "" : getTranslation(key));
        }
    }

    private TextField field(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(100);
        field.setVisible(false);
        field.addClassName("cc-field");
        return field;
    }
}
