package care.clearconsent.speech.internal;

import care.clearconsent.content.Language;
import care.clearconsent.speech.Pcm;
import care.clearconsent.speech.SpeechEngine;
import care.clearconsent.speech.SpeechRate;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Korean speech with Debian's espeak-ng ({@code ko} voice), found on the PATH at run time. Each synthesis is its own
 * process (about 20 ms), so concurrent calls never share state. Text goes in on stdin, never on the command line.
 */
public final class EspeakEngine implements SpeechEngine {

    private static final long TIMEOUT_SECONDS = 30;
    private final Language language;
    private final String voiceName;
    private final Optional<Path> executable;

    public EspeakEngine(Language language, String voiceName) {
        this(language, voiceName, "espeak-ng");
    }

    EspeakEngine(Language language, String voiceName, String program) {
        this.language = language;
        this.voiceName = voiceName;
        this.executable = findOnPath(program);
    }

    @Override
    public Language language() {
        return language;
    }

    @Override
    public String voice() {
        return "espeak-ng/" + voiceName;
    }

    @Override
    public boolean available() {
        return executable.isPresent();
    }

    @Override
    public Pcm synthesize(String normalisedText, SpeechRate rate) {
        Path program = executable.orElseThrow(() -> new IllegalStateException("espeak-ng is not installed"));
        List<String> command = List.of(program.toString(), "-v", voiceName, "-s", Integer.toString(rate.wordsPerMinute()), "--stdin", "--stdout");
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(normalisedText.getBytes(StandardCharsets.UTF_8));
            }
            byte[] wav = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("espeak-ng failed for voice " + voiceName);
            }
            return fromWav(wav);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while speaking", e);
        }
    }

    /** Reads 16-bit mono PCM from a WAV stream; espeak-ng writes a streaming header, so chunk sizes are not trusted. */
    static Pcm fromWav(byte[] wav) {
        ByteBuffer buffer = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int sampleRate = 22_050;
        int position = 12;
        while (position + 8 <= wav.length) {
            String chunk = new String(wav, position, 4, StandardCharsets.US_ASCII);
            int size = buffer.getInt(position + 4);
            if (chunk.equals("fmt ")) {
                sampleRate = buffer.getInt(position + 12);
            } else if (chunk.equals("data")) {
                int start = position + 8;
                short[] samples = new short[(wav.length - start) / 2];
                for (int i = 0; i < samples.length; i++) {
                    samples[i] = buffer.getShort(start + 2 * i);
                }
                return new Pcm(samples, sampleRate);
            }
            position += 8 + size;
        }
        throw new IllegalStateException("espeak-ng wrote no audio");
    }

    private static Optional<Path> findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
