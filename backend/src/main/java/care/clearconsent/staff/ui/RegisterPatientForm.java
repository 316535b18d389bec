package care.clearconsent.staff.ui;

import care.clearconsent.patients.NewPatient;
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
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Registers a patient: name, mobile number, hospital number and year of birth, checked by the registry; nothing is stored when any is wrong. */
class RegisterPatientForm extends Section {

    private final TextField name = new TextField();
    private final TextField phone = new TextField();
    private final TextField hospitalNumber = new TextField();
    private final TextField birthYear = new TextField();
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
        hospitalNumber.setLabel(getTranslation("staff.register.hospital-number"));
        hospitalNumber.setId("register-hospital-number");
        hospitalNumber.setMaxLength(40);
        hospitalNumber.getElement().setAttribute("autocomplete", "off");
        birthYear.setLabel(getTranslation("staff.register.birth-year"));
        birthYear.setHelperText(getTranslation("staff.register.birth-year.helper"));
        birthYear.setId("register-birth-year");
        birthYear.setMaxLength(4);
        birthYear.getElement().setAttribute("inputmode", "numeric");
        birthYear.getElement().setAttribute("autocomplete", "off");
        name.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        result.setId("register-result");
        result.getElement().setAttribute("role", "status");
        Button submit = new Button(getTranslation("staff.register.submit"), click -> {
            clearErrors();
            try {
                Patient patient = registry.register(new NewPatient(name.getValue(), phone.getValue(), hospitalNumber.getValue(),
                        birthYear.getValue()), nurse);
                result.setText(getTranslation("staff.register.done", patient.displayName(), patient.id().value()));
                List.of(name, phone, hospitalNumber, birthYear).forEach(TextField::clear);
                onRegistered.accept(patient);
            } catch (RegistrationRejected rejected) {
                rejected.problems().forEach(problem -> showError(fields().get(problem.field()), problem.messageKey()));
            }
        });
        submit.setId("register-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        add(title, name, phone, hospitalNumber, birthYear, submit, result);
        addClassName("cc-form");
    }

    private void showError(TextField field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }

    private void clearErrors() {
        result.setText("");
        fields().values().forEach(field -> field.setInvalid(false));
    }

    /** The fields by the names the registry gives its problems. */
    private Map<String, TextField> fields() {
        return Map.of("name", name, "phone", phone, "hospitalNumber", hospitalNumber, "birthYear", birthYear);
    }
}
