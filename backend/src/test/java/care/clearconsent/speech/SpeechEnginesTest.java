package care.clearconsent.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import care.clearconsent.content.Language;
import care.clearconsent.speech.internal.EspeakEngine;
import care.clearconsent.speech.internal.FreeTtsEngine;
import care.clearconsent.speech.internal.Loudness;
import care.clearconsent.speech.internal.Mp3Encoder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Real engines, real audio: FreeTTS for English, Debian's espeak-ng for Korean (the test set-up installs it). */
class SpeechEnginesTest {

    private static final String ENGLISH = "The doctor makes the final decision. The AI only helps.";
    private static final String KOREAN = "진단은 의사가 합니다. 에이아이는 의사를 돕기만 합니다.";

    @Test
    void english_speech_has_the_length_of_the_text_and_slow_is_slower() {
        FreeTtsEngine engine = new FreeTtsEngine(1);

        Pcm normal = engine.synthesize(ENGLISH, SpeechRate.NORMAL);
        Pcm slow = engine.synthesize(ENGLISH, SpeechRate.SLOW);

        assertThat(normal.seconds()).isBetween(2.0, 8.0);
        assertThat(slow.seconds()).isGreaterThan(normal.seconds() * 1.1);
        assertThat(normal.rmsDbfs()).isGreaterThan(-45.0);
    }

    @Test
    void korean_speech_comes_from_espeak_ng() {
        EspeakEngine engine = new EspeakEngine(Language.KO, "ko");
        assertThat(engine.available()).as("espeak-ng on the PATH (.ci/test installs it)").isTrue();

        Pcm normal = engine.synthesize(KOREAN, SpeechRate.NORMAL);
        Pcm slow = engine.synthesize(KOREAN, SpeechRate.SLOW);

        assertThat(normal.seconds()).isBetween(1.5, 10.0);
        assertThat(slow.seconds()).isGreaterThan(normal.seconds() * 1.1);
    }

    @Test
    void a_missing_espeak_voice_program_is_reported_as_unavailable() {
        assertThat(new EspeakEngine(Language.KO, "ko").voice()).isEqualTo("espeak-ng/ko");
    }

    @Test
    void loudness_is_normalised_to_the_target_without_clipping() {
        Pcm quiet = new FreeTtsEngine(1).synthesize(ENGLISH, SpeechRate.NORMAL);

        Pcm normalised = Loudness.normalise(quiet);

        assertThat(normalised.rmsDbfs()).isCloseTo(Loudness.TARGET_RMS_DBFS, within(3.0));
        assertThat(normalised.seconds()).isEqualTo(quiet.seconds());
    }

    @Test
    void mp3_output_starts_with_an_mpeg_frame_and_is_much_smaller_than_pcm() {
        Pcm speech = Loudness.normalise(new EspeakEngine(Language.KO, "ko").synthesize(KOREAN, SpeechRate.NORMAL));

        byte[] mp3 = Mp3Encoder.encode(speech);

        int frameSync = ((mp3[0] & 0xff) << 3) | ((mp3[1] & 0xe0) >> 5);
        assertThat(frameSync).as("MPEG frame sync").isEqualTo(0x7ff);
        assertThat(mp3.length).isLessThan(speech.samples().length * 2 / 4).isGreaterThan(1000);
    }

    @Test
    void twenty_concurrent_syntheses_match_a_single_threaded_run() throws Exception {
        FreeTtsEngine english = new FreeTtsEngine(4);
        EspeakEngine korean = new EspeakEngine(Language.KO, "ko");
        Pcm englishAlone = english.synthesize(ENGLISH, SpeechRate.NORMAL);
        Pcm koreanAlone = korean.synthesize(KOREAN, SpeechRate.NORMAL);

        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<Pcm>> tasks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tasks.add(i % 2 == 0 ? () -> english.synthesize(ENGLISH, SpeechRate.NORMAL) : () -> korean.synthesize(KOREAN, SpeechRate.NORMAL));
        }
        List<Future<Pcm>> results;
        try {
            results = pool.invokeAll(tasks);
        } finally {
            pool.shutdown();
        }

        for (int i = 0; i < results.size(); i++) {
            Pcm alone = i % 2 == 0 ? englishAlone : koreanAlone;
            Pcm concurrent = results.get(i).get();
            assertThat(concurrent.seconds()).as("duration of synthesis " + i).isCloseTo(alone.seconds(), within(0.01));
            assertThat(concurrent.rmsDbfs()).as("RMS of synthesis " + i).isCloseTo(alone.rmsDbfs(), within(0.1));
        }
    }
}
