package care.clearconsent.consent.ui;

import care.clearconsent.consent.DisplayModes;
import care.clearconsent.content.Language;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;

/**
 * Language and display switches, present on every screen of the journey; each is a toggle button with aria-pressed.
 * With large text on, the display switches fold behind one "Display" button so the first screen shows the content.
 */
class DisplayBar extends Nav {

    /** What a switch asks for; {@code toggleId} is the switch pressed, which keeps focus after the screen is redrawn. */
    interface Change {
        void to(Language language, DisplayModes modes, String toggleId);
    }

    DisplayBar(Language language, DisplayModes modes, boolean open, Change change, Runnable openOrClose) {
        addClassName("cc-display-bar");
        getElement().setAttribute("aria-label", getTranslation("journey.display.label"));
        Div languages = new Div(
                languageToggle(Language.KO, "한국어", language, id -> change.to(Language.KO, modes, id)),
                languageToggle(Language.EN, "English", language, id -> change.to(Language.EN, modes, id)));
        languages.addClassName("cc-toggle-group");
        languages.getElement().setAttribute("role", "group");
        languages.getElement().setAttribute("aria-label", getTranslation("journey.display.language"));
        Div switches = new Div(
                toggle("display-large-text", getTranslation("journey.display.large-text"), modes.largeText(),
                        id -> change.to(language, modes.withLargeText(!modes.largeText()), id)),
                toggle("display-simplified", getTranslation("journey.display.simplified"), modes.simplified(),
                        id -> change.to(language, modes.withSimplified(!modes.simplified()), id)),
                toggle("display-high-contrast", getTranslation("journey.display.high-contrast"), modes.highContrast(),
                        id -> change.to(language, modes.withHighContrast(!modes.highContrast()), id)),
                toggle("display-voice", getTranslation("journey.display.voice"), modes.voice(),
                        id -> change.to(language, modes.withVoice(!modes.voice()), id)));
        if (modes.voice()) {
            switches.add(toggle("display-slow", getTranslation("journey.display.slow"), modes.slowSpeech(),
                    id -> change.to(language, modes.withSlowSpeech(!modes.slowSpeech()), id)));
        }
        switches.setId("display-switches");
        switches.addClassName("cc-toggle-group");
        add(languages);
        if (modes.largeText()) {
            Button menu = new Button(getTranslation("journey.display.menu"), click -> openOrClose.run());
            menu.setId("display-menu");
            menu.addClassName("cc-toggle");
            menu.getElement().setAttribute("aria-expanded", Boolean.toString(open));
            menu.getElement().setAttribute("aria-controls", "display-switches");
            add(menu);
            switches.setVisible(open);
        }
        add(switches);
    }

    /** A language's name is written in that language, so its button is marked with it for screen readers. */
    private static Button languageToggle(Language language, String name, Language current, java.util.function.Consumer<String> onClick) {
        Button button = toggle("display-language-" + language.tag(), name, language == current, onClick);
        button.getElement().setAttribute("lang", language.tag());
        return button;
    }

    private static Button toggle(String id, String text, boolean pressed, java.util.function.Consumer<String> onClick) {
        Button button = new Button(text, click -> onClick.accept(id));
        button.setId(id);
        button.addClassName("cc-toggle");
        button.getElement().setAttribute("aria-pressed", Boolean.toString(pressed));
        return button;
    }
}
