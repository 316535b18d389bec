package care.clearconsent.consent.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** Small builders so every step screen has the same big buttons, headings and message areas. */
final class Ui {

    private Ui() {
    }

    static Button primary(String id, String text) {
        Button button = new Button(text);
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        button.addClassName("cc-action");
        return button;
    }

    static Button secondary(String id, String text) {
        Button button = new Button(text);
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        button.addClassName("cc-action");
        return button;
    }

    /** The screen's heading; focused after each step change so screen readers announce the new screen. */
    static H1 heading(String id, String text) {
        H1 heading = new H1(text);
        heading.setId(id);
        heading.getElement().setAttribute("tabindex", "-1");
        heading.addClassName("cc-heading");
        return heading;
    }

    static Div actions(com.vaadin.flow.component.Component... buttons) {
        Div row = new Div(buttons);
        row.addClassName("cc-actions");
        return row;
    }

    /** A live region: messages put here are read out by screen readers. */
    static Paragraph status(String id, boolean alert) {
        Paragraph message = new Paragraph();
        message.setId(id);
        message.getElement().setAttribute("role", alert ? "alert" : "status");
        message.addClassName(alert ? "cc-error" : "cc-status");
        return message;
    }

    /** Marks a component as the n-th line read aloud, so read-along can highlight it. */
    static <T extends com.vaadin.flow.component.Component> T spoken(T component, int line) {
        component.getElement().setAttribute("data-sentence", Integer.toString(line));
        return component;
    }

    static Paragraph progress(int number, int total, String text) {
        Paragraph progress = new Paragraph(text);
        progress.setId("step-progress");
        progress.addClassName("cc-progress");
        progress.getElement().setAttribute("data-step", Integer.toString(number));
        progress.getElement().setAttribute("data-total", Integer.toString(total));
        return progress;
    }
}
