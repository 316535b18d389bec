package care.clearconsent.staff.ui;

import care.clearconsent.evidence.Alarms;
import care.clearconsent.explanation.InstitutionSchedule;
import care.clearconsent.reminders.SmsOutbox;
import care.clearconsent.shared.PageLanguage;
import care.clearconsent.staff.StaffRole;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;

/**
 * The institution's text messages: whether SMS is configured, what is scheduled, what failed and why, and the numbers
 * blocked until staff check them with the patient.
 */
@Route("staff/messages")
@RolesAllowed({StaffRole.NURSE, StaffRole.ADMIN, StaffRole.COMPLIANCE})
class MessagesView extends Main implements HasDynamicTitle {

    static final int SHOWN = 200;

    private final SmsOutbox outbox;
    private final InstitutionSchedule institution;
    private final AuthenticationContext authentication;
    private final Alarms alarms;

    MessagesView(SmsOutbox outbox, InstitutionSchedule institution, AuthenticationContext authentication, Alarms alarms) {
        this.outbox = outbox;
        this.institution = institution;
        this.authentication = authentication;
        this.alarms = alarms;
        addClassName("cc-page");
        addClassName("cc-staff");
        PageLanguage.apply(UI.getCurrent(), PageLanguage.forBrowser(UI.getCurrent()));
        render();
    }

    private void render() {
        removeAll();
        add(new StaffHeader(getTranslation("staff.messages.title"), "staff/messages", authentication, alarms));
        ZoneId zone = institution.zone();
        Paragraph state = new Paragraph(outbox.configured() ? getTranslation("staff.messages.configured", institution.quietHours().toString(), zone.getId())
                : getTranslation("staff.sms.not-configured"));
        state.setId("sms-configuration");
        if (!outbox.configured()) {
            state.addClassName("cc-flag");
            state.getElement().setAttribute("role", "alert");
        }
        add(state);
        add(new H2(getTranslation("staff.messages.pending")), MessageTable.of(this, "sms-pending", getTranslation("staff.messages.pending.caption", zone.getId()),
                outbox.pending(SHOWN), zone));
        add(new H2(getTranslation("staff.messages.failed")), MessageTable.of(this, "sms-failed", getTranslation("staff.messages.failed.caption", zone.getId()),
                outbox.notDelivered(SHOWN), zone));
        add(new H2(getTranslation("staff.messages.blocked")));
        List<SmsOutbox.BlockedNumber> blocked = outbox.blockedNumbers();
        add(DataTable.of("sms-blocked", getTranslation("staff.messages.blocked.caption"),
                List.of(getTranslation("staff.sms.column.number"), getTranslation("staff.messages.column.blocked-at"), getTranslation("staff.sms.column.why")),
                blocked.stream().map(number -> List.of("…" + number.phoneEnding(), MessageTable.TIME.format(number.blockedAt().atZone(zone)),
                        number.code() + " · " + number.reason())).toList(), false));
        Div unblock = new Div();
        unblock.setId("sms-unblock");
        // Compliance officers read; nurses and administrators check a number with the patient and allow it again.
        boolean mayUnblock = authentication.hasAnyRole(StaffRole.NURSE, StaffRole.ADMIN);
        blocked.stream().filter(number -> mayUnblock).forEach(number -> {
            Button allow = new Button(getTranslation("staff.messages.unblock", number.phoneEnding()), click -> {
                outbox.unblock(number.numberKey(), authentication.getPrincipalName().orElseThrow());
                render();
                Paragraph done = new Paragraph(getTranslation("staff.messages.unblocked"));
                done.setId("sms-unblocked");
                done.getElement().setAttribute("role", "status");
                add(done);
            });
            allow.addThemeVariants(ButtonVariant.LUMO_LARGE);
            unblock.add(allow);
        });
        add(unblock);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.messages.title");
    }
}
