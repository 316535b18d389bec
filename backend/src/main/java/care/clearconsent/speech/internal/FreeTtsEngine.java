package care.clearconsent.speech.internal;

import care.clearconsent.content.Language;
import care.clearconsent.speech.Pcm;
import care.clearconsent.speech.SpeechEngine;
import care.clearconsent.speech.SpeechRate;
import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * English speech with FreeTTS's kevin16 voice. A FreeTTS {@link Voice} is not thread-safe (concurrent use corrupts
 * audio), so each worker borrows its own voice from a fixed pool, with its own in-memory player.
 */
public final class FreeTtsEngine implements SpeechEngine {

    private static final String VOICE = "kevin16";
    private final BlockingQueue<PooledVoice> pool;

    private record PooledVoice(Voice voice, CapturingAudioPlayer player) {
    }

    public FreeTtsEngine(int poolSize) {
        pool = new ArrayBlockingQueue<>(poolSize);
        for (int i = 0; i < poolSize; i++) {
            pool.add(allocate());
        }
    }

    @Override
    public Language language() {
        return Language.EN;
    }

    @Override
    public String voice() {
        return "freetts-1.2.2/" + VOICE;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public Pcm synthesize(String normalisedText, SpeechRate rate) {
        PooledVoice pooled;
        try {
            pooled = pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a FreeTTS voice", e);
        }
        try {
            pooled.player().reset();
            pooled.voice().setRate(rate.wordsPerMinute());
            if (!pooled.voice().speak(normalisedText)) {
                throw new IllegalStateException("FreeTTS could not speak the text");
            }
            return pooled.player().take();
        } finally {
            pool.add(pooled);
        }
    }

    private static PooledVoice allocate() {
        Voice voice = Arrays.stream(new KevinVoiceDirectory().getVoices())
                .filter(v -> VOICE.equals(v.getName())).findFirst()
                .orElseThrow(() -> new IllegalStateException("FreeTTS voice " + VOICE + " is missing from the classpath"));
        CapturingAudioPlayer player = new CapturingAudioPlayer();
        voice.setAudioPlayer(player);
        voice.allocate();
        return new PooledVoice(voice, player);
    }
}
