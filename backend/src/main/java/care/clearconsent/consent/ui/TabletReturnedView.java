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
    }
}
