package care.clearconsent.speech.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.clearconsent.content.Language;
import care.clearconsent.speech.SpeechRate;
import org.junit.jupiter.api.Test;

class EspeakEngineTest {

    @Test
    void a_program_missing_from_the_path_makes_the_engine_unavailable_and_it_says_so() {
        EspeakEngine missing = new EspeakEngine(Language.KO, "ko", "espeak-ng-not-installed");

        assertThat(missing.available()).isFalse();
        assertThatThrownBy(() -> missing.synthesize("안녕하세요", SpeechRate.NORMAL)).hasMessageContaining("not installed");
    }
}
