package care.clearconsent;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings: Lumo plus our own design tokens, served as plain CSS without an npm build. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/clearconsent.css")
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "color-scheme", content = "light")
// Staff screens follow journeys live: a change on a tablet is pushed to the nurse's browser (websocket, XHR fallback).
@com.vaadin.flow.component.page.Push(transport = com.vaadin.flow.shared.ui.Transport.WEBSOCKET_XHR)
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("ClearConsent");
        // A tab and a home-screen icon that say which app this is (an outside review found none).
        settings.addLink("icon", "icons/favicon.svg");
    }
}
