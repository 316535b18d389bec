package care.clearconsent.speech;

import java.util.List;

/**
 * Speech for a list of sentences as one MP3, with the second at which each sentence starts (for read-along).
 *
 * @param key SHA-256 of voice, rate and normalised sentences: the cache key, and an ETag
 */
public record SpeechAudio(String key, byte[] mp3, double seconds, List<Double> sentenceStarts) {

    public SpeechAudio {
        sentenceStarts = List.copyOf(sentenceStarts);
    }
}
