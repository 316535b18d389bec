package care.clearconsent.consent.ui;

import care.clearconsent.consent.JourneyFact.DecisionRecorded;
import care.clearconsent.consent.JourneyState;
import care.clearconsent.consent.SignatureMethod;
import care.clearconsent.content.ContentPackage;
import care.clearconsent.content.Language;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** What was decided, in plain words, with the date; the tablet then goes back to the nurse. */
class ReceiptStep extends Section {

    ReceiptStep(StepContext context) {
        JourneyState state = context.journey().state();
        ContentPackage content = context.journey().content().content();
        Language language = state.language();
        Div summary = new Div();
        summary.setId("receipt-summary");
        summary.addClassName("cc-body");
        state.decision().ifPresent(decision -> {
            state.decidedAt().ifPresent(at -> summary.add(line("receipt-date", getTranslation("journey.receipt.date",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(at.atZone(context.institution().zone()))))));
            summary.add(line("receipt-decision", getTranslation("journey.receipt." + decision.decision().name())));
            addPurposes(summary, content, language, decision);
            if (decision.careWithoutAi() != null) {
                summary.add(line("receipt-care-without-ai", getTranslation(decision.careWithoutAi()
                        ? "journey.receipt.care-without-ai.yes" : "journey.receipt.care-without-ai.no")));
            }
        });
        state.signature().ifPresent(signed -> summary.add(line("receipt-signed", signed.method() == SignatureMethod.PATIENT
                ? getTranslation("journey.receipt.signed.patient")
                : getTranslation("journey.receipt.signed.representative", signed.representativeName(), signed.representativeRelationship()))));
        summary.add(new Paragraph(getTranslation("journey.receipt.change")));
        Paragraph handBack = new Paragraph(getTranslation("journey.receipt.handback"));
        handBack.addClassName("cc-emphasis");
        add(Ui.heading("step-title", getTranslation("journey.receipt.title")), summary, handBack);
    }

    private void addPurposes(Div summary, ContentPackage content, Language language, DecisionRecorded decision) {
        content.purposes().stream().filter(p -> decision.purposes().containsKey(p.id())).forEach(purpose -> summary.add(
                line("receipt-purpose-" + purpose.id(), getTranslation(decision.purposes().get(purpose.id())
                        ? "journey.receipt.purpose.yes" : "journey.receipt.purpose.no", purpose.text(language).label()))));
    }

    private static Paragraph line(String id, String text) {
        Paragraph line = new Paragraph(text);
        line.setId(id);
        return line;
    }
}
