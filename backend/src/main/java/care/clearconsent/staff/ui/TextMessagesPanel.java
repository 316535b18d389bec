package care.clearconsent.staff.ui;

import care.clearconsent.content.Language;
import care.clearconsent.patients.Patient;
import care.clearconsent.reminders.OutboxMessage;
import care.clearconsent.reminders.ReminderRejected;
import care.clearconsent.reminders.SmsOutbox;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.util.List;

/**
 * One patient's text messages for the nurse: whether reminders are on (the nurse's switch, recorded as an event), an
 * appointment reminder, and every message with its state and why.
 */
class TextMessagesPanel extends Div {

    private final SmsOutbox outbox;
    private final Patient patient;
    private final String nurse;
    private final ZoneId zone;

    TextMessagesPanel(SmsOutbox outbox, Patient patient, String nurse, ZoneId zone, Runnable close) {
        this.outbox = outbox;
        this.patient = patient;
        this.nurse = nurse;
        this.zone = zone;
        setId("sms-panel");
        addClassName("cc-form");
        Button closeButton = new Button(getTranslation("staff.sms.close"), click -> close.run());
        closeButton.setId("sms-close");
        closeButton.addThemeVariants(ButtonVariant.LUMO_LARGE);
        render(closeButton);
    }

    private void render(Button closeButton) {
        removeAll();
        add(new H3(getTranslation("staff.sms.title", patient.displayName())));
        if (!outbox.configured()) {
            Paragraph notConfigured = new Paragraph(getTranslation("staff.sms.not-configured"));
            notConfigured.setId("sms-not-configured");
            notConfigured.addClassName("cc-flag");
            add(notConfigured);
        }
        Checkbox on = new Checkbox(getTranslation("staff.sms.reminders-on"), !outbox.optedOut(patient.id()));
        on.setId("sms-reminders-on");
        on.addValueChangeListener(change -> {
            if (change.getValue()) {
                outbox.optIn(patient.id(), nurse);
            } else {
                outbox.optOut(patient.id(), SmsOutbox.BY_NURSE, nurse);
            }
            render(closeButton);
        });
        add(on);
        outbox.preferenceHistory(patient.id()).stream().reduce((first, second) -> second).filter(SmsOutbox.PreferenceChange::optedOut)
                .ifPresent(stopped -> {
                    Paragraph why = new Paragraph(getTranslation("staff.sms.stopped", getTranslation("staff.sms.how." + stopped.how()),
                            MessageTable.TIME.format(stopped.at().atZone(zone))));
                    why.setId("sms-stopped");
                    add(why);
                });
        add(appointment(closeButton));
        add(new H4(getTranslation("staff.sms.messages")));
        List<OutboxMessage> messages = outbox.messagesOf(patient.id());
        if (messages.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("staff.sms.none"));
            none.setId("sms-none");
            add(none);
        } else {
            add(MessageTable.of(this, "sms-messages", getTranslation("staff.sms.messages"), messages, zone));
        }
        add(new Div(closeButton));
    }

    private Div appointment(Button closeButton) {
        DateTimePicker at = new DateTimePicker(getTranslation("staff.sms.appointment"));
        at.setId("sms-appointment");
        at.setLocale(getLocale());
        Paragraph result = new Paragraph();
        result.setId("sms-appointment-result");
        result.getElement().setAttribute("role", "alert");
        Button schedule = new Button(getTranslation("staff.sms.appointment.schedule"), click -> {
            if (at.getValue() == null) {
                at.setErrorMessage(getTranslation("sms.appointment.required"));
                at.setInvalid(true);
                return;
            }
            try {
                outbox.scheduleAppointment(patient, Language.of(getLocale()), at.getValue().atZone(zone).toInstant(), nurse);
                render(closeButton);
                Paragraph done = new Paragraph(getTranslation("staff.sms.appointment.scheduled"));
                done.setId("sms-appointment-done");
                done.getElement().setAttribute("role", "status");
                addComponentAsFirst(done);
            } catch (ReminderRejected rejected) {
                at.setErrorMessage(getTranslation(rejected.messageKey()));
                at.setInvalid(true);
            }
        });
        schedule.setId("sms-appointment-schedule");
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        return new Div(at, schedule, result);
    }
}
