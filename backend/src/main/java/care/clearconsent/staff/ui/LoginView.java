package care.clearconsent.staff.ui;

import care.clearconsent.shared.PageLanguage;
import care.clearconsent.staff.StaffProperties;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import care.clearconsent.consent.ConsentJourneys;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Staff sign-in (Spring Security form login behind Vaadin's login form). */
@Route("login")
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final long lockoutMinutes;

    private final ConsentJourneys journeys;

    LoginView(StaffProperties staff, ConsentJourneys journeys) {
        this.journeys = journeys;
        this.lockoutMinutes = Math.max(1, staff.signIn().lockout().toMinutes());
        addClassName("cc-page");
        addClassName("cc-login");
        PageLanguage.apply(UI.getCurrent(), PageLanguage.forBrowser(UI.getCurrent()));
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        form.setId("login-form");
        // A shared tablet must not offer the last nurse's password to the next person. The form's fields set their
        // inputs' autocomplete from their own property once they are rendered, so the property is set on the fields.
        form.getElement().executeJs("""
                const form = this;
                let frames = 0;
                const off = () => {
                  const fields = form.querySelectorAll('vaadin-text-field, vaadin-password-field');
                  if (fields.length < 2 && frames++ < 300) {
                    requestAnimationFrame(off);
                    return;
                  }
                  fields.forEach(field => field.autocomplete = 'off');
                  form.querySelectorAll('input').forEach(input => input.setAttribute('autocomplete', 'off'));
                };
                off();
                """);
        H1 title = new H1(getTranslation("login.title"));
        title.setId("login-title");
        add(title, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // A tablet in patient mode (Back pressed on the journey or its receipt) returns to the patient's screen, never
        // to a staff page; only "Give the tablet back" leaves patient mode.
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && journeys.heldBy(request.getCookies()).isPresent()) {
            event.forwardTo("journey");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean throttled = parameters.containsKey("throttled");
        LoginI18n i18n = i18n();
        if (throttled) {
            i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.throttled.text", lockoutMinutes));
        }
        form.setI18n(i18n);
        form.setError(throttled || parameters.containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        // The page already has the heading; the form's own title would repeat it.
        texts.setTitle("");
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.text"));
        return i18n;
    }
}
