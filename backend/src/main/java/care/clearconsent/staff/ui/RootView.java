package care.clearconsent.staff.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The bare address leads staff to their workspace (and so to sign-in). Patients arrive only by journey links. */
@Route("")
@AnonymousAllowed
class RootView extends com.vaadin.flow.component.html.Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(NurseHomeView.class);
    }
}
