package care.clearconsent.speech;

/** Mono 16-bit signed PCM audio at {@code sampleRate}: what engines produce and the encoder consumes. */
public record Pcm(short[] samples, int sampleRate) {

    public static Pcm silence(double seconds, int sampleRate) {
        return new Pcm(new short[(int) Math.round(seconds * sampleRate)], sampleRate);
    }

    public double seconds() {
        return samples.length / (double) sampleRate;
    }

    /** Root-mean-square level in dBFS (0 is full scale); silence gives negative infinity. */
    public double rmsDbfs() {
        if (samples.length == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double sum = 0;
        for (short sample : samples) {
            sum += (double) sample * sample;
        }
        return 20 * Math.log10(Math.sqrt(sum / samples.length) / Short.MAX_VALUE);
    }

    public Pcm append(Pcm other) {
        if (other.sampleRate != sampleRate) {
            throw new IllegalArgumentException("Cannot join " + sampleRate + " Hz and " + other.sampleRate + " Hz audio");
        }
        short[] joined = java.util.Arrays.copyOf(samples, samples.length + other.samples.length);
        System.arraycopy(other.samples, 0, joined, samples.length, other.samples.length);
        return new Pcm(joined, sampleRate);
    }
}
