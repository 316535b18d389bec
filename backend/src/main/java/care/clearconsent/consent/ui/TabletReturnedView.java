package care.clearconsent.consent.ui;

import care.clearconsent.shared.ui.PoliteMessage;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The neutral screen after "Give the tablet back": nothing of the patient's is on it or reachable from it. */
@Route("tablet-returned")
@AnonymousAllowed
class TabletReturnedView extends PoliteMessage {

    TabletReturnedView() {
        super("tablet.returned.title", "tablet.returned.text");
        // The next patient's hand-over starts from a code on this tablet: no staff password is ever typed here.
        com.vaadin.flow.component.html.Anchor next = new com.vaadin.flow.component.html.Anchor("tablet", getTranslation("handover.tablet.next"));
        next.setId("tablet-next");
        next.addClassName("cc-link");
        add(next);
    }
}
