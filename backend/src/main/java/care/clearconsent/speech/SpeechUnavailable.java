package care.clearconsent.speech;

import care.clearconsent.content.Language;

/** No engine can speak this language here; the UI suggests the nurse reads aloud instead. */
public class SpeechUnavailable extends RuntimeException {

    public SpeechUnavailable(Language language) {
        super("No speech engine for " + language.tag() + " is available on this server");
    }
}
