package care.clearconsent.staff.ui;

import care.clearconsent.staff.StaffRole;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import care.clearconsent.evidence.Alarms;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The top of every staff page: its title, links between the staff pages, and signing out. */
class StaffHeader extends Div {

    StaffHeader(String title, String current, AuthenticationContext authentication, Alarms alarms) {
        Button signOut = new Button(getTranslation("staff.signout"), click -> authentication.logout());
        signOut.setId("staff-signout");
        signOut.addThemeVariants(ButtonVariant.LUMO_LARGE);
        H1 heading = new H1(title);
        heading.setId("staff-title");
        Nav nav = new Nav();
        // Only links the signed-in role may follow.
        if (authentication.hasRole(StaffRole.NURSE)) {
            nav.add(link("staff", "staff.nav.patients", current), link("staff/systems", "staff.nav.systems", current),
                    link("staff/versions", "staff.nav.versions", current));
        }
        nav.add(link("staff/messages", "staff.nav.messages", current));
        if (authentication.hasAnyRole(StaffRole.ADMIN, StaffRole.COMPLIANCE)) {
            nav.add(link("staff/evidence", "staff.nav.evidence", current), link("staff/figures", "staff.nav.figures", current),
                    link("staff/security", "staff.nav.security", current));
        }
        if (authentication.hasRole(StaffRole.ADMIN)) {
            nav.add(link("staff/accounts", "staff.nav.accounts", current), link("staff/settings", "staff.nav.settings", current),
                    link("staff/publish", "staff.nav.publish", current), link("staff/api-keys", "staff.nav.api-keys", current));
        }
        nav.setId("staff-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("staff.title"));
        nav.addClassName("cc-staff-nav");
        add(heading, nav, signOut);
        addClassName("cc-staff-header");
        if (authentication.hasRole(StaffRole.ADMIN)) {
            alarms.open().forEach(alarm -> add(alarmNotice(alarm, alarms, authentication.getPrincipalName().orElse(""))));
        }
    }

    /** An evidence alarm stays in front of every administrator until one of them marks it seen (recorded). */
    private Component alarmNotice(Alarms.Alarm alarm, Alarms alarms, String administrator) {
        Paragraph message = new Paragraph(getTranslation("staff.alarm", alarm.raisedAt().toString(), alarm.message()));
        Div notice = new Div(message);
        Button seen = new Button(getTranslation("staff.alarm.seen"), click -> {
            alarms.markSeen(alarm.id(), administrator);
            notice.setVisible(false);
        });
        seen.addThemeVariants(ButtonVariant.LUMO_LARGE);
        notice.add(seen);
        notice.addClassName("cc-alarm");
        notice.getElement().setAttribute("role", "alert");
        notice.setId("alarm-" + alarm.id());
        return notice;
    }

    private Component link(String href, String key, String current) {
        Anchor anchor = new Anchor(href, getTranslation(key));
        anchor.setId("nav-" + href.replace('/', '-'));
        anchor.addClassName("cc-nav-link");
        if (href.equals(current)) {
            anchor.getElement().setAttribute("aria-current", "page");
        }
        return anchor;
    }
}
