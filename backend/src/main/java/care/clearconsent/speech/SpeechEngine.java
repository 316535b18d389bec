package care.clearconsent.speech;

import care.clearconsent.content.Language;

/** A text-to-speech engine for one language. Implementations must be safe to call from many threads at once. */
public interface SpeechEngine {

    Language language();

    /** Names engine and voice; part of the cache key, so a new voice never serves old audio. */
    String voice();

    /** False when the engine cannot run here (for example espeak-ng is not installed). */
    boolean available();

    /** Speaks already normalised text. */
    Pcm synthesize(String normalisedText, SpeechRate rate);
}
