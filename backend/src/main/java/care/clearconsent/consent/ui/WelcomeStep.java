package care.clearconsent.consent.ui;

import care.clearconsent.consent.ScreenText;
import care.clearconsent.consent.Step;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;

/** The first screen: what this is about, and that there is no hurry. */
class WelcomeStep extends Section {

    WelcomeStep(StepContext context) {
        List<String> lines = context.screenText().welcome();
        Paragraph error = Ui.status("form-error", true);
        Paragraph intro = Ui.spoken(new Paragraph(lines.get(1)), 1);
        intro.setId("welcome-text");
        Button start = Ui.primary("welcome-start", getTranslation("journey.welcome.start"));
        Step first = context.journey().plan().next(Step.WELCOME);
        start.addClickListener(click -> context.go(first, key -> error.setText(getTranslation(key))));
        add(Ui.spoken(Ui.heading("step-title", lines.get(0)), 0),
                new SpeechControls(context, Step.WELCOME, lines, context.screenAudio("welcome")),
                intro, Ui.spoken(new Paragraph(lines.get(2)), 2), error, Ui.actions(start));
    }
}
