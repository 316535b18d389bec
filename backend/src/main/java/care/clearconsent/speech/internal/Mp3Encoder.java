package care.clearconsent.speech.internal;

import care.clearconsent.speech.Pcm;
import de.sciss.jump3r.lowlevel.LameEncoder;
import java.io.ByteArrayOutputStream;
import javax.sound.sampled.AudioFormat;

/** MP3 at 32 kbit/s mono (about 240 KB a minute, plays on iPads and Android), with the pure-Java LAME port. */
public final class Mp3Encoder {

    private static final int BITRATE_KBPS = 32;

    private Mp3Encoder() {
    }

    public static byte[] encode(Pcm audio) {
        AudioFormat format = new AudioFormat(audio.sampleRate(), 16, 1, true, false);
        LameEncoder encoder = new LameEncoder(format, BITRATE_KBPS, LameEncoder.CHANNEL_MODE_MONO, LameEncoder.QUALITY_MIDDLE, false);
        try {
            byte[] pcm = littleEndian(audio.samples());
            byte[] buffer = new byte[encoder.getMP3BufferSize()];
            int chunk = encoder.getPCMBufferSize();
            ByteArrayOutputStream mp3 = new ByteArrayOutputStream(pcm.length / 8);
            for (int offset = 0; offset < pcm.length; offset += chunk) {
                int written = encoder.encodeBuffer(pcm, offset, Math.min(chunk, pcm.length - offset), buffer);
                mp3.write(buffer, 0, written);
            }
            mp3.write(buffer, 0, encoder.encodeFinish(buffer));
            return mp3.toByteArray();
        } finally {
            encoder.close();
        }
    }

    private static byte[] littleEndian(short[] samples) {
        byte[] bytes = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            bytes[2 * i] = (byte) samples[i];
            bytes[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        return bytes;
    }
}
