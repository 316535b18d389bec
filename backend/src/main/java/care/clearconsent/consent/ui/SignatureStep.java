package care.clearconsent.consent.ui;

import care.clearconsent.consent.ConsentJourneys;

import care.clearconsent.consent.Confirmation;
import care.clearconsent.consent.ScreenText;
import care.clearconsent.consent.SignatureForm;
import care.clearconsent.consent.SignatureMethod;
import care.clearconsent.consent.Step;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The patient, or a named representative, confirms the decision: by drawing, by typing their name, or by pressing
 * "Confirm" with the nurse who handed over the tablet watching. Every way works without a pointer.
 */
class SignatureStep extends Section {

    private static final String SIGNATURE_EMPTY = "journey.signature.empty";
    private static final String TYPED_NAME_REQUIRED = "journey.signature.typed-name.required";

    private final Paragraph error = Ui.status("form-error", true);
    private final TextField name = field("representative-name", "journey.signature.representative.name");
    private final TextField relationship = field("representative-relationship", "journey.signature.representative.relationship");
    private final TextField reason = field("representative-reason", "journey.signature.representative.reason");
    private final TextField typedName = field("signature-typed-name", "journey.signature.typed-name");
    /** The message key shown now, so drawing or typing can clear exactly the message it answers. */
    private @Nullable String shownError;

    SignatureStep(StepContext context) {
        @Nullable String witness = context.journeys().witnessFor(context.sessionSecret()).orElse(null);
        RadioButtonGroup<SignatureMethod> who = Ui.spoken(new RadioButtonGroup<>(getTranslation("journey.signature.who")), 2);
        who.setId("signature-who");
        who.setItems(SignatureMethod.values());
        who.setItemLabelGenerator(method -> context.screenText().text(method == SignatureMethod.PATIENT
                ? "journey.signature.patient" : "journey.signature.representative"));
        who.setValue(SignatureMethod.PATIENT);
        choices(who, 3);
        who.addValueChangeListener(change -> {
            boolean representative = change.getValue() == SignatureMethod.REPRESENTATIVE;
            name.setVisible(representative);
            relationship.setVisible(representative);
            reason.setVisible(representative);
        });
        reason.setMaxLength(ConsentJourneys.MAX_REPRESENTATIVE_REASON_LENGTH);

        List<SignatureForm> forms = ScreenText.signatureForms(witness != null);
        RadioButtonGroup<SignatureForm> how = Ui.spoken(new RadioButtonGroup<>(getTranslation("journey.signature.how")), 5);
        how.setId("signature-how");
        how.setItems(forms);
        how.setItemLabelGenerator(form -> context.screenText().text("journey.signature.form." + form.name()));
        how.setValue(SignatureForm.DRAWN);
        choices(how, 6);

        SignaturePad pad = new SignaturePad(getTranslation("journey.signature.pad"));
        Button clear = Ui.secondary("signature-clear", getTranslation("journey.signature.clear"));
        clear.addClickListener(click -> pad.clear());
        Div drawing = new Div(pad, Ui.actions(clear));
        drawing.setId("signature-drawing");
        Paragraph witnessNote = new Paragraph(witness == null ? "" : context.screenText().text("journey.signature.witness", witness));
        witnessNote.setId("signature-witness");
        witnessNote.addClassName("cc-emphasis");
        typedName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);

        Button back = Ui.secondary("signature-back", getTranslation("journey.back"));
        back.addClickListener(click -> context.go(Step.DECISION, key -> error.setText(getTranslation(key))));
        Button submit = Ui.primary("signature-submit", context.screenText().text("journey.signature.submit"));
        Runnable showForm = () -> {
            SignatureForm form = how.getValue() == null ? SignatureForm.DRAWN : how.getValue();
            drawing.setVisible(form == SignatureForm.DRAWN);
            typedName.setVisible(form == SignatureForm.TYPED_NAME);
            witnessNote.setVisible(form == SignatureForm.WITNESSED);
            submit.setText(context.screenText().text(form == SignatureForm.WITNESSED ? "journey.signature.confirm" : "journey.signature.submit"));
            showError(null);
        };
        how.addValueChangeListener(change -> showForm.run());
        showForm.run();
        pad.onDrawn(() -> clearIfShowing(SIGNATURE_EMPTY));
        typedName.addValueChangeListener(change -> clearIfShowing(TYPED_NAME_REQUIRED));

        Consumer<Confirmation> sign = confirmation -> context.act(j -> {
            j.sign(context.journey().id(), context.origin(), context.journey().state().decisionHash().orElse(null),
                    who.getValue() == null ? SignatureMethod.PATIENT : who.getValue(), confirmation, name.getValue(), relationship.getValue(),
                    reason.getValue());
            return j.show(context.journey().id(), context.origin(), Step.RECEIPT, null);
        }, this::showError);
        submit.addClickListener(click -> {
            switch (how.getValue() == null ? SignatureForm.DRAWN : how.getValue()) {
                case DRAWN -> pad.readPng(png -> sign.accept(new Confirmation.Drawn(png)));
                case TYPED_NAME -> sign.accept(new Confirmation.TypedName(typedName.getValue()));
                case WITNESSED -> sign.accept(new Confirmation.Witnessed(witness == null ? "" : witness));
            }
        });

        add(Ui.spoken(Ui.heading("step-title", getTranslation("journey.signature.title")), 0),
                new SpeechControls(context, Step.SIGNATURE, context.screenText().signature(witness != null), context.screenAudio("signature")),
                Ui.spoken(new Paragraph(context.screenText().text("journey.signature.intro")), 1), who, name, relationship, reason, how,
                drawing, typedName, witnessNote, error, Ui.actions(back, submit));
    }

    private static <T> void choices(RadioButtonGroup<T> group, int firstLine) {
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.addClassName("cc-choices");
        int line = firstLine;
        for (var radio : group.getChildren().toList()) {
            Ui.spoken(radio, line++);
        }
    }

    private void clearIfShowing(String key) {
        if (key.equals(shownError)) {
            showError(null);
        }
    }

    /**
     * Shows a refusal where it belongs: a missing name or relationship at its field, anything else under the form;
     * {@code null} clears every message.
     */
    private void showError(@Nullable String key) {
        shownError = key;
        name.setInvalid("journey.representative.name.required".equals(key));
        relationship.setInvalid("journey.representative.relationship.required".equals(key));
        reason.setInvalid("journey.representative.reason.required".equals(key));
        typedName.setInvalid(TYPED_NAME_REQUIRED.equals(key));
        TextField field = name.isInvalid() ? name : relationship.isInvalid() ? relationship : reason.isInvalid() ? reason
                : typedName.isInvalid() ? typedName : null;
        if (field != null && key != null) {
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
