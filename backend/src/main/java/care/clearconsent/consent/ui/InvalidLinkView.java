package care.clearconsent.consent.ui;

import care.clearconsent.shared.ui.PoliteMessage;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Shown for a made-up, altered or unknown journey link. Nothing is stored. */
@Route("link-invalid")
@AnonymousAllowed
class InvalidLinkView extends PoliteMessage {

    InvalidLinkView() {
        super("link.invalid.title", "link.invalid.text");
    }
}
