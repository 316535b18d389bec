package care.clearconsent.speech;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.content.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates, times, percentages, numbers, units and abbreviations are spoken as words, in each language. */
class SpeechTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Your X-ray was taken on 2026-11-24.|Your X ray was taken on the twenty-fourth of November, twenty twenty-six.",
            "Come back on 3 March 2027 at 9:30 a.m.|Come back on the third of March, twenty twenty-seven at nine thirty a m.",
            "The AI was right 94.5% of the time in 1,200 cases.|The A I was right ninety-four point five percent of the time in one thousand two hundred cases.",
            "A CT at 14:00 and 2 tablets of 500 mg.|A C T at fourteen o'clock and two tablets of five hundred milligrams.",
            "Blood pressure 120 mmHg on November 1, 2026.|Blood pressure one hundred and twenty millimetres of mercury on the first of November, twenty twenty-six.",
            "It was 8:05 on 2001-01-02.|It was eight oh five on the second of January, two thousand and one."})
    void english_is_spoken_as_words(String text, String spoken) {
        assertThat(SpeechText.normalise(text, Language.EN)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026년 11월 24일에 촬영했습니다.|이천이십육 년 십일월 이십사 일에 촬영했습니다.",
            "오전 8시 30분에 오세요.|오전 여덟 시 삼십 분에 오세요.",
            "AI는 94%의 경우에 맞았습니다.|에이아이는 구십사 퍼센트의 경우에 맞았습니다.",
            "약을 하루 3번, 2개씩 드세요.|약을 하루 세 번, 두 개씩 드세요.",
            "6월 10일 14:00에 CT를 찍습니다.|유월 십 일 열네 시에 씨티를 찍습니다.",
            "검사는 2시간 걸리고 20명이 기다립니다.|검사는 두 시간 걸리고 스무 명이 기다립니다.",
            "환자 12,500명 중 10000명|환자 만이천오백명 중 만명",
            "체온 36.5°C, 500 mg|체온 삼십육 점 오 도, 오백 밀리그램"})
    void korean_is_spoken_as_words_with_native_numbers_before_counters(String text, String spoken) {
        assertThat(SpeechText.normalise(text, Language.KO)).isEqualTo(spoken);
    }
}
