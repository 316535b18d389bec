package care.clearconsent.consent.ui;

import care.clearconsent.consent.Step;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/** The first screen: what this is about, and that there is no hurry. */
class WelcomeStep extends Section {

    WelcomeStep(StepContext context) {
        Paragraph error = Ui.status("form-error", true);
        Paragraph intro = new Paragraph(getTranslation("journey.welcome.text"));
        intro.setId("welcome-text");
        Button start = Ui.primary("welcome-start", getTranslation("journey.welcome.start"));
        Step first = context.journey().plan().next(Step.WELCOME);
        start.addClickListener(click -> context.go(first, key -> error.setText(getTranslation(key))));
        add(Ui.heading("step-title", getTranslation("journey.welcome.title")), intro,
                new Paragraph(getTranslation("journey.welcome.settings")), error, Ui.actions(start));
    }
}
