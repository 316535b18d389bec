package care.clearconsent.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

/**
 * Whether this browser is a clinic tablet in patient mode, set when it showed a pairing code. Such a tablet never
 * ends on a dead end: when its journey is taken back or finished, it shows a fresh pairing code for the next patient.
 */
public final class TabletMode {

    /** The route of the tablet's waiting screen. */
    public static final String WAITING_ROUTE = "tablet";
    private static final String ATTRIBUTE = TabletMode.class.getName();

    private TabletMode() {
    }

    public static void markThisBrowser() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ATTRIBUTE, Boolean.TRUE);
        }
    }

    public static boolean isOn() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && Boolean.TRUE.equals(session.getAttribute(ATTRIBUTE));
    }

    /** Back to the waiting screen with a fresh code. */
    public static void showWaitingScreen(UI ui) {
        ui.navigate(WAITING_ROUTE);
    }
}
