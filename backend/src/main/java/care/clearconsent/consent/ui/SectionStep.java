package care.clearconsent.consent.ui;

import care.clearconsent.consent.JourneyState;
import care.clearconsent.consent.Step;
import care.clearconsent.content.Section;
import care.clearconsent.content.SectionText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import care.clearconsent.speech.Sentences;
import java.util.List;

/** One section of the explanation: read it, confirm it is understood, or ask the nurse. */
class SectionStep extends com.vaadin.flow.component.html.Section {

    SectionStep(StepContext context, Section section) {
        JourneyState state = context.journey().state();
        int pages = section.pageCount();
        int page = Math.min(state.currentPage(), pages - 1);
        boolean lastPage = page == pages - 1;
        SectionText text = section.page(state.language(), context.level(), page);
        Step step = Step.section(section.id());
        setId("section-" + section.id());
        getElement().setAttribute("data-section", section.id());

        Paragraph error = Ui.status("form-error", true);
        Paragraph status = Ui.status("section-status", false);
        Div body = new Div();
        body.setId("section-body");
        body.addClassName("cc-body");
        // Sentence 0 is the title; each heading and sentence has its own number so read-along can highlight it.
        int sentence = 1;
        for (SectionText.Part part : text.parts()) {
            if (part.hasHeading()) {
                H3 heading = new H3(part.heading());
                heading.addClassName("cc-part-heading");
                heading.getElement().setAttribute("data-topic", part.topic());
                heading.getElement().setAttribute("data-sentence", Integer.toString(sentence++));
                body.add(heading);
            }
            for (String paragraph : part.paragraphs()) {
                Paragraph shown = new Paragraph();
                for (String spoken : Sentences.of(List.of(paragraph))) {
                    Span span = new Span(spoken + " ");
                    span.getElement().setAttribute("data-sentence", Integer.toString(sentence++));
                    shown.add(span);
                }
                body.add(shown);
            }
        }

        Button back = Ui.secondary("section-back", getTranslation("journey.back"));
        back.addClickListener(click -> {
            if (page > 0) {
                showPage(context, section, page - 1, error);
            } else {
                context.go(context.journey().plan().previous(step), key -> error.setText(getTranslation(key)));
            }
        });
        Button nextPage = Ui.primary("section-next-page", getTranslation("journey.section.next-page"));
        nextPage.addClickListener(click -> showPage(context, section, page + 1, error));
        Button question = Ui.secondary("section-question", getTranslation("journey.question"));
        question.addClickListener(click -> context.act(j -> j.raiseQuestion(context.journey().id(), context.origin(), section.id()),
                key -> error.setText(getTranslation(key))));
        Button understood = Ui.primary("section-understood", getTranslation("journey.understood"));
        // Focus then moves to "Next", the patient's next action.
        understood.addClickListener(click -> context.act(j -> j.acknowledge(context.journey().id(), context.origin(), section.id()),
                key -> error.setText(getTranslation(key)), "section-next"));

        Step next = state.returnTo().orElse(context.journey().plan().next(step));
        Button nextButton = Ui.primary("section-next",
                getTranslation(state.returnTo().isPresent() ? "journey.back-to-question" : "journey.next"));
        nextButton.addClickListener(click -> context.go(next, key -> error.setText(getTranslation(key))));

        boolean acknowledged = state.isAcknowledged(section.id());
        // A section in parts is acknowledged once, on its last part; before that, "Next part" leads on.
        // Re-read from a quiz question, the way back to the question is on every part.
        boolean rereading = state.returnTo().isPresent();
        nextPage.setVisible(!lastPage);
        understood.setVisible(lastPage && !acknowledged);
        nextButton.setVisible(lastPage || (rereading && acknowledged));
        nextButton.setEnabled(acknowledged);
        if (acknowledged) {
            status.setText(getTranslation("journey.understood.done"));
        }
        if (state.questionsRaised().contains(section.id())) {
            status.setText(status.getText().isEmpty() ? getTranslation("journey.question.done")
                    : status.getText() + " " + getTranslation("journey.question.done"));
            question.setEnabled(false);
        }
        var title = Ui.heading("step-title", text.title());
        title.getElement().setAttribute("data-sentence", "0");
        String level = context.level().name().toLowerCase(java.util.Locale.ROOT);
        String audio = "sections/" + section.id() + "/audio?level=" + level + (pages > 1 ? "&page=" + page : "");
        add(title);
        add(new SpeechControls(context, step, Sentences.ofSection(text), context.contentAudio(audio)), body);
        if (!section.glossary().isEmpty()) {
            add(new GlossaryPanel(context, section.glossary()));
        }
        add(status, error, Ui.actions(back, question, understood, nextPage, nextButton));
    }

    /** Another part of the section is a new screen for the patient: it starts at the heading. */
    private void showPage(StepContext context, Section section, int page, Paragraph error) {
        context.act(j -> j.showPage(context.journey().id(), context.origin(), section.id(), page),
                key -> error.setText(getTranslation(key)), StepContext.HEADING);
    }
}
