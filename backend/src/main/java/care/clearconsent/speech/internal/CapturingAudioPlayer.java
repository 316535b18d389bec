package care.clearconsent.speech.internal;

import care.clearconsent.speech.Pcm;
import com.sun.speech.freetts.audio.AudioPlayer;
import java.io.ByteArrayOutputStream;
import javax.sound.sampled.AudioFormat;

/**
 * Collects FreeTTS output in memory. FreeTTS's own players open a sound device, which blocks forever on a server;
 * one instance serves one voice, which only one thread uses at a time.
 */
final class CapturingAudioPlayer implements AudioPlayer {

    private AudioFormat format = new AudioFormat(16_000, 16, 1, true, true);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private float volume = 1.0f;

    /** The audio written since the last call, as little-endian-independent samples. */
    Pcm take() {
        byte[] data = bytes.toByteArray();
        bytes.reset();
        short[] samples = new short[data.length / 2];
        boolean bigEndian = format.isBigEndian();
        for (int i = 0; i < samples.length; i++) {
            int high = bigEndian ? data[2 * i] : data[2 * i + 1];
            int low = bigEndian ? data[2 * i + 1] : data[2 * i];
            samples[i] = (short) ((high << 8) | (low & 0xff));
        }
        return new Pcm(samples, (int) format.getSampleRate());
    }

    @Override
    public void setAudioFormat(AudioFormat format) {
        this.format = format;
    }

    @Override
    public AudioFormat getAudioFormat() {
        return format;
    }

    @Override
    public boolean write(byte[] audio) {
        return write(audio, 0, audio.length);
    }

    @Override
    public boolean write(byte[] audio, int offset, int length) {
        bytes.write(audio, offset, length);
        return true;
    }

    @Override
    public void reset() {
        bytes.reset();
    }

    @Override
    public float getVolume() {
        return volume;
    }

    @Override
    public void setVolume(float volume) {
        this.volume = volume;
    }

    // Playback controls have no meaning for a capture.
    @Override public void pause() { }
    @Override public void resume() { }
    @Override public boolean drain() { return true; }
    @Override public void begin(int size) { }
    @Override public boolean end() { return true; }
    @Override public void cancel() { }
    @Override public void close() { }
    @Override public long getTime() { return 0; }
    @Override public void resetTime() { }
    @Override public void startFirstSampleTimer() { }
    @Override public void showMetrics() { }
}
