package care.clearconsent.consent.ui;

import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.content.GlossaryEntry;
import care.clearconsent.content.Language;
import care.clearconsent.speech.Sentences;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;

/**
 * "Words explained": folded behind one button (a disclosure, so the screen stays short), it opens to a large button for
 * each glossary term the section uses; tapping one shows its plain definition (and, with reading aloud on, speaks it).
 * Buttons rather than words inside the text keep every target at 48 px.
 */
class GlossaryPanel extends Div {

    private final Section definition = new Section();

    GlossaryPanel(StepContext context, List<String> terms) {
        setId("glossary");
        addClassName("cc-glossary");
        Language language = context.journey().state().language();
        Div buttons = new Div();
        buttons.setId("glossary-terms");
        buttons.addClassName("cc-actions");
        buttons.setVisible(false);
        Button open = new Button(getTranslation("journey.glossary.open", terms.size()));
        open.setId("glossary-toggle");
        open.addClassName("cc-toggle");
        open.getElement().setAttribute("aria-expanded", "false");
        open.getElement().setAttribute("aria-controls", "glossary-terms");
        open.addClickListener(click -> {
            boolean opening = !buttons.isVisible();
            buttons.setVisible(opening);
            definition.setVisible(opening);
            open.getElement().setAttribute("aria-expanded", Boolean.toString(opening));
        });
        H2 title = new H2(open);
        title.addClassName("cc-glossary-title");
        for (String id : terms) {
            context.journey().content().content().term(id).ifPresent(entry -> {
                Button term = new Button(entry.text(language).term(), click -> show(context, entry, language));
                term.setId("term-" + id);
                term.addClassName("cc-toggle");
                term.getElement().setAttribute("aria-controls", "term-definition");
                buttons.add(term);
            });
        }
        definition.setId("term-definition");
        definition.getElement().setAttribute("aria-live", "polite");
        definition.addClassName("cc-definition");
        add(title, buttons, definition);
    }

    private void show(StepContext context, GlossaryEntry entry, Language language) {
        definition.removeAll();
        var term = Ui.spoken(new H2(entry.text(language).term()), 0);
        term.setId("term-definition-term");
        var text = Ui.spoken(new Paragraph(entry.text(language).definition()), 1);
        text.setId("term-definition-text");
        definition.add(term, new SpeechControls(context, ConsentJourneys.GLOSSARY_TARGET + entry.id(), Sentences.ofTerm(entry, language),
                context.contentAudio("glossary/" + entry.id() + "/audio"), "term-"), text);
        getChildren().filter(Div.class::isInstance).findFirst().ifPresent(row -> row.getChildren()
                .forEach(button -> button.getElement().setAttribute("aria-expanded", Boolean.toString(button.getId().orElse("").equals("term-" + entry.id())))));
    }
}
