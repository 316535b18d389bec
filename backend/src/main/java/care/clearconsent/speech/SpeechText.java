package care.clearconsent.speech;

import care.clearconsent.content.Language;
import care.clearconsent.speech.internal.EnglishSpeechText;
import care.clearconsent.speech.internal.KoreanSpeechText;

/** Rewrites text so an engine reads it as a person would: numbers, dates, times, units and abbreviations as words. */
public final class SpeechText {

    private SpeechText() {
    }

    public static String normalise(String text, Language language) {
        return switch (language) {
            case EN -> EnglishSpeechText.normalise(text);
            case KO -> KoreanSpeechText.normalise(text);
        };
    }
}
