package care.clearconsent.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route("probe")
@AnonymousAllowed
class ProbeView extends VerticalLayout {
    ProbeView() { add(new Button("Hello")); }
}
