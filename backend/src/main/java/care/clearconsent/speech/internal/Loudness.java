package care.clearconsent.speech.internal;

import care.clearconsent.speech.Pcm;

/**
 * Brings every voice to the same loudness (FreeTTS is quiet, about -23 dBFS) so the patient never has to change the
 * volume between sections: scale to a target RMS, but never past a peak ceiling that would clip.
 */
public final class Loudness {

    public static final double TARGET_RMS_DBFS = -20.0;
    private static final double PEAK_CEILING_DBFS = -1.0;

    private Loudness() {
    }

    public static Pcm normalise(Pcm audio) {
        double rms = audio.rmsDbfs();
        if (Double.isInfinite(rms)) {
            return audio;
        }
        int peak = 1;
        for (short sample : audio.samples()) {
            peak = Math.max(peak, Math.abs((int) sample));
        }
        double gain = Math.pow(10, (TARGET_RMS_DBFS - rms) / 20);
        double maxGain = Math.pow(10, PEAK_CEILING_DBFS / 20) * Short.MAX_VALUE / peak;
        gain = Math.min(gain, maxGain);
        short[] scaled = new short[audio.samples().length];
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = (short) Math.round(audio.samples()[i] * gain);
        }
        return new Pcm(scaled, audio.sampleRate());
    }
}
