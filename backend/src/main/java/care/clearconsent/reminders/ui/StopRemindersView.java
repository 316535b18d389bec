package care.clearconsent.reminders.ui;

import care.clearconsent.patients.PatientId;
import care.clearconsent.reminders.SmsOutbox;
import care.clearconsent.shared.PageLanguage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/**
 * The opt-out link in every text message. Opening it changes nothing (a phone's link preview may open it); the
 * patient presses the button, and reminders stop at once. Works as often as it is used; the nurse can turn them on
 * again.
 */
@Route("sms/stop")
@AnonymousAllowed
class StopRemindersView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final SmsOutbox outbox;

    StopRemindersView(SmsOutbox outbox) {
        this.outbox = outbox;
        addClassName("cc-page");
        addClassName("cc-message");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sms.stop.title");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        PageLanguage.apply(UI.getCurrent(), PageLanguage.forBrowser(UI.getCurrent()));
        removeAll();
        H1 heading = new H1(getTranslation("sms.stop.title"));
        heading.setId("message-title");
        add(heading);
        Optional<PatientId> patient = outbox.stopLinkPatient(token);
        if (patient.isEmpty()) {
            text("sms.stop.unknown");
            return;
        }
        Paragraph asked = text("sms.stop.text");
        Button stop = new Button(getTranslation("sms.stop.button"), click -> {
            outbox.optOut(patient.get(), SmsOutbox.BY_LINK, "patient-link");
            remove(asked);
            click.getSource().setVisible(false);
            Paragraph done = text("sms.stop.done");
            done.getElement().setAttribute("role", "status");
        });
        stop.setId("sms-stop");
        stop.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        add(stop);
    }

    private Paragraph text(String key) {
        Paragraph text = new Paragraph(getTranslation(key));
        text.setId("message-text");
        add(text);
        return text;
    }
}
