package care.clearconsent.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Any unknown address: a polite page instead of the framework's route list. */
@AnonymousAllowed
class NotFoundView extends PoliteMessage implements HasErrorParameter<NotFoundException> {

    NotFoundView() {
        super("error.notfound.title", "error.notfound.text");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
