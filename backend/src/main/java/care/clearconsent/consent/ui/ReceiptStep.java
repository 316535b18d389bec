package care.clearconsent.consent.ui;

import care.clearconsent.consent.ScreenText;
import care.clearconsent.consent.Step;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.Map;

/**
 * What was decided, in plain words, with the date and how it was signed; it can be printed for the patient to take
 * home, and "Give the tablet back" ends the patient's session.
 */
class ReceiptStep extends Section {

    ReceiptStep(StepContext context) {
        ScreenText text = context.screenText();
        var content = context.journey().content().content();
        Map<String, String> lines = text.receipt(context.journey().state(), content, context.institution().zone());
        Div summary = new Div();
        summary.setId("receipt-summary");
        summary.addClassName("cc-body");
        int line = 1;
        for (var entry : lines.entrySet()) {
            Paragraph shown = Ui.spoken(new Paragraph(entry.getValue()), line++);
            shown.setId(entry.getKey());
            if (entry.getKey().equals("receipt-handback")) {
                shown.addClassName("cc-emphasis");
            }
            summary.add(shown);
        }
        // The one way off this screen: the tablet then holds nothing of this patient's.
        var giveBack = Ui.primary("receipt-give-back", text.text("journey.receipt.give-back"));
        giveBack.addClickListener(click -> context.giveBack());
        // Printed in the browser with the print stylesheet (large type, no buttons), for the patient to take home.
        var print = Ui.secondary("receipt-print", text.text("journey.receipt.print"));
        print.getElement().executeJs("this.addEventListener('click', () => window.print())");
        add(Ui.spoken(Ui.heading("step-title", text.text("journey.receipt.title")), 0),
                new SpeechControls(context, Step.RECEIPT, text.receiptSpoken(lines), context.screenAudio("receipt")),
                summary, Ui.actions(print, giveBack));
    }
}
