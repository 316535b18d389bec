package care.clearconsent.staff.ui;

import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import care.clearconsent.patients.RegistrationRejected;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/** Registers a patient: name and mobile number, checked by the registry; nothing is stored when either is wrong. */
class RegisterPatientForm extends Section {

    private final TextField name = new TextField();
    private final TextField phone = new TextField();
    private final Paragraph result = new Paragraph();

    RegisterPatientForm(PatientRegistry registry, String nurse, Consumer<Patient> onRegistered) {
        setId("register-form");
        H2 title = new H2(getTranslation("staff.register.title"));
        name.setLabel(getTranslation("staff.register.name"));
        name.setId("register-name");
        name.setMaxLength(200);
        phone.setLabel(getTranslation("staff.register.phone"));
        phone.setId("register-phone");
        phone.setMaxLength(30);
        phone.getElement().setAttribute("autocomplete", "off");
        name.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        result.setId("register-result");
        result.getElement().setAttribute("role", "status");
        Button submit = new Button(getTranslation("staff.register.submit"), click -> {
            clearErrors();
            try {
                Patient patient = registry.register(name.getValue(), phone.getValue(), nurse);
                result.setText(getTranslation("staff.register.done", patient.displayName(), patient.id().value()));
                name.clear();
                phone.clear();
                onRegistered.accept(patient);
            } catch (RegistrationRejected rejected) {
                rejected.problems().forEach(problem -> showError(problem.field().equals("name") ? name : phone, problem.messageKey()));
            }
        });
        submit.setId("register-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        add(title, name, phone, submit, result);
        addClassName("cc-form");
    }

    private void showError(TextField field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }

    private void clearErrors() {
        result.setText("");
        name.setInvalid(false);
        phone.setInvalid(false);
    }
}
