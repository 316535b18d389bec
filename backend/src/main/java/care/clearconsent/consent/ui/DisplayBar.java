package care.clearconsent.consent.ui;

import care.clearconsent.consent.DisplayModes;
import care.clearconsent.content.Language;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import java.util.function.BiConsumer;

/** Language and display switches, present on every screen of the journey; each is a toggle button with aria-pressed. */
class DisplayBar extends Nav {

    DisplayBar(Language language, DisplayModes modes, BiConsumer<Language, DisplayModes> change) {
        addClassName("cc-display-bar");
        getElement().setAttribute("aria-label", getTranslation("journey.display.label"));
        Div languages = new Div(
                languageToggle(Language.KO, "한국어", language, () -> change.accept(Language.KO, modes)),
                languageToggle(Language.EN, "English", language, () -> change.accept(Language.EN, modes)));
        languages.addClassName("cc-toggle-group");
        languages.getElement().setAttribute("role", "group");
        languages.getElement().setAttribute("aria-label", getTranslation("journey.display.language"));
        Div switches = new Div(
                toggle("display-large-text", getTranslation("journey.display.large-text"), modes.largeText(),
                        () -> change.accept(language, modes.withLargeText(!modes.largeText()))),
                toggle("display-simplified", getTranslation("journey.display.simplified"), modes.simplified(),
                        () -> change.accept(language, modes.withSimplified(!modes.simplified()))),
                toggle("display-high-contrast", getTranslation("journey.display.high-contrast"), modes.highContrast(),
                        () -> change.accept(language, modes.withHighContrast(!modes.highContrast()))),
                toggle("display-voice", getTranslation("journey.display.voice"), modes.voice(),
                        () -> change.accept(language, modes.withVoice(!modes.voice()))));
        if (modes.voice()) {
            switches.add(toggle("display-slow", getTranslation("journey.display.slow"), modes.slowSpeech(),
                    () -> change.accept(language, modes.withSlowSpeech(!modes.slowSpeech()))));
        }
        switches.addClassName("cc-toggle-group");
        add(languages, switches);
    }

    /** A language's name is written in that language, so its button is marked with it for screen readers. */
    private static Button languageToggle(Language language, String name, Language current, Runnable onClick) {
        Button button = toggle("display-language-" + language.tag(), name, language == current, onClick);
        button.getElement().setAttribute("lang", language.tag());
        return button;
    }

    private static Button toggle(String id, String text, boolean pressed, Runnable onClick) {
        Button button = new Button(text, click -> onClick.run());
        button.setId(id);
        button.addClassName("cc-toggle");
        button.getElement().setAttribute("aria-pressed", Boolean.toString(pressed));
        return button;
    }
}
