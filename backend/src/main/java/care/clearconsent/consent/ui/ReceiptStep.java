package care.clearconsent.consent.ui;

import care.clearconsent.consent.ScreenText;
import care.clearconsent.consent.Step;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.Map;

/** What was decided, in plain words, with the date; the tablet then goes back to the nurse. */
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
        add(Ui.spoken(Ui.heading("step-title", text.text("journey.receipt.title")), 0),
                new SpeechControls(context, Step.RECEIPT, text.receiptSpoken(lines), context.screenAudio("receipt")),
                summary);
    }
}
