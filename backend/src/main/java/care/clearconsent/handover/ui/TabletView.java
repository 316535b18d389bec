package care.clearconsent.handover.ui;

import care.clearconsent.handover.TabletCode;
import care.clearconsent.handover.TabletPairings;
import care.clearconsent.handover.TabletState;
import care.clearconsent.shared.PageLanguage;
import care.clearconsent.shared.ui.TabletMode;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;

/**
 * A tablet in patient mode, waiting for its next patient: a large code and a QR code for the nurse's own device. It
 * asks every two seconds whether the nurse has paired it, and then opens that patient's journey.
 */
@Route(TabletMode.WAITING_ROUTE)
@AnonymousAllowed
class TabletView extends Main implements HasDynamicTitle {

    static final int POLL_MILLIS = 2000;

    private final TabletPairings pairings;
    private final Div code = new Div();
    private final Image qr = new Image();
    private TabletCode shown;
    private String base = "";
    private Registration polling;

    TabletView(TabletPairings pairings) {
        this.pairings = pairings;
        addClassName("cc-page");
        addClassName("cc-tablet-waiting");
        PageLanguage.apply(UI.getCurrent(), PageLanguage.forBrowser(UI.getCurrent()));
        H1 title = new H1(getTranslation("handover.tablet.title"));
        title.setId("tablet-title");
        Paragraph forPatient = new Paragraph(getTranslation("handover.tablet.patient"));
        forPatient.setId("tablet-patient-text");
        Paragraph forNurse = new Paragraph(getTranslation("handover.tablet.nurse"));
        forNurse.setId("tablet-nurse-text");
        code.setId("pairing-code");
        code.addClassName("cc-pairing-code");
        // Shown large for the eye; a screen reader reads it character by character from its label, not as a word.
        code.getElement().setAttribute("role", "img");
        qr.setId("pairing-qr");
        qr.addClassName("cc-pairing-qr");
        qr.setAlt(getTranslation("handover.tablet.qr"));
        add(title, forPatient, forNurse, code, qr);
        TabletMode.markThisBrowser();
        shown = pairings.newCode();
        showCode();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        ui.getPage().fetchCurrentURL(url -> {
            base = url.toString().replaceFirst("tablet(\\?.*)?$", "");
            showCode();
        });
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(poll -> check(ui));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("handover.tablet.title");
    }

    private void check(UI ui) {
        TabletState state = pairings.poll(shown.pairingId(), shown.tabletSecret());
        switch (state.kind()) {
            case WAITING -> { }
            case EXPIRED -> {
                shown = pairings.newCode();
                showCode();
            }
            case OPEN_JOURNEY -> {
                ui.setPollInterval(-1);
                ui.getPage().setLocation("journey/" + state.linkToken().orElseThrow());
            }
        }
    }

    private void showCode() {
        code.setText(shown.shown());
        code.getElement().setAttribute("aria-label", getTranslation("handover.tablet.code", String.join(" ", shown.code().split(""))));
        code.getElement().setAttribute("data-code", shown.code());
        qr.setSrc(QrCodes.svgDataUrl(base + "staff?pair=" + shown.code()));
    }
}
