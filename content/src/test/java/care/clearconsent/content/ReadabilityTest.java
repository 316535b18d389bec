package care.clearconsent.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The readability measures count what they claim to count. */
class ReadabilityTest {

    @Test
    void syllables_follow_the_vowel_group_rule() {
        assertThat(Readability.syllables("the")).isEqualTo(1);
        assertThat(Readability.syllables("doctor")).isEqualTo(2);
        assertThat(Readability.syllables("hospital")).isEqualTo(3);
        assertThat(Readability.syllables("make")).isEqualTo(1);
        assertThat(Readability.syllables("information")).isEqualTo(4);
        assertThat(Readability.syllables("AI")).isEqualTo(2);
        assertThat(Readability.syllables("X-ray")).isEqualTo(2);
        assertThat(Readability.syllables("100")).isEqualTo(2);
        assertThat(Readability.syllables("—")).isZero();
    }

    @Test
    void flesch_kincaid_grade_uses_words_per_sentence_and_syllables_per_word() {
        // 2 sentences, 8 words, 9 syllables (doctor has two): 0.39 × 4 + 11.8 × 9/8 − 15.59 = −0.76
        Readability.Scores scores = Readability.measure(Language.EN, List.of("The doctor reads it. A nurse can help."));

        assertThat(scores.sentences()).isEqualTo(2);
        assertThat(scores.words()).isEqualTo(8);
        assertThat(scores.syllables()).isEqualTo(9);
        assertThat(scores.grade()).isCloseTo(0.39 * 4 + 11.8 * 9 / 8 - 15.59, within(1e-9));
    }

    @Test
    void korean_counts_eojeol_and_the_longest_sentence() {
        Readability.Scores scores = Readability.measure(Language.KO, List.of("진단은 의사가 합니다. AI는 의사를 돕기만 합니다."));

        assertThat(scores.sentences()).isEqualTo(2);
        assertThat(scores.words()).isEqualTo(7);
        assertThat(scores.wordsPerSentence()).isEqualTo(3.5);
        assertThat(scores.longestSentence()).isEqualTo(4);
    }
}
