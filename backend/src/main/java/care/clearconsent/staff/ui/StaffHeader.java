package care.clearconsent.staff.ui;

import care.clearconsent.staff.StaffRole;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The top of every staff page: its title, links between the staff pages, and signing out. */
class StaffHeader extends Div {

    StaffHeader(String title, String current, AuthenticationContext authentication) {
        Button signOut = new Button(getTranslation("staff.signout"), click -> authentication.logout());
        signOut.setId("staff-signout");
        signOut.addThemeVariants(ButtonVariant.LUMO_LARGE);
        H1 heading = new H1(title);
        heading.setId("staff-title");
        Nav nav = new Nav(link("staff", "staff.nav.patients", current), link("staff/systems", "staff.nav.systems", current),
                link("staff/versions", "staff.nav.versions", current));
        if (authentication.hasRole(StaffRole.ADMIN)) {
            nav.add(link("staff/accounts", "staff.nav.accounts", current));
        }
        nav.setId("staff-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("staff.title"));
        nav.addClassName("cc-staff-nav");
        add(heading, nav, signOut);
        addClassName("cc-staff-header");
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
