package care.clearconsent.staff.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The bare address leads staff to their workspace (and so to sign-in); after sign-in, to their role's. Patients arrive only by journey links. */
@Route("")
@AnonymousAllowed
class RootView extends com.vaadin.flow.component.html.Div implements BeforeEnterObserver {

    private final com.vaadin.flow.spring.security.AuthenticationContext authentication;

    RootView(com.vaadin.flow.spring.security.AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    /** Each role lands where its work is: nurses on their patients, compliance officers on the figures, administrators on accounts. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.hasRole(care.clearconsent.staff.StaffRole.COMPLIANCE) && !authentication.hasRole(care.clearconsent.staff.StaffRole.NURSE)) {
            event.forwardTo(FiguresView.class);
        } else if (authentication.hasRole(care.clearconsent.staff.StaffRole.ADMIN) && !authentication.hasRole(care.clearconsent.staff.StaffRole.NURSE)) {
            event.forwardTo(StaffAccountsView.class);
        } else {
            event.forwardTo(NurseHomeView.class);
        }
    }
}
