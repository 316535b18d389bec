package care.clearconsent.speech.internal;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Korean text for speech. espeak-ng reads digits as Sino-Korean numbers, which is wrong before native counters
 * (8시 is 여덟 시, not 팔 시), and it spells Latin abbreviations oddly, so both are written out here.
 */
public final class KoreanSpeechText {

    private static final String[] SINO_DIGITS = {"영", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"};
    private static final String[] SINO_SMALL_UNITS = {"", "십", "백", "천"};
    private static final String[] SINO_LARGE_UNITS = {"", "만", "억", "조"};
    private static final String[] NATIVE_ONES = {"", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉"};
    private static final String[] NATIVE_TENS = {"", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔"};
    private static final Map<String, String> UNITS = Map.of("mg", "밀리그램", "kg", "킬로그램", "cm", "센티미터",
            "mm", "밀리미터", "ml", "밀리리터", "mmHg", "밀리미터 수은주", "°C", "도");

    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern KOREAN_DATE = Pattern.compile("(\\d{4})년\\s*(\\d{1,2})월\\s*(\\d{1,2})일");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})월\\s*(\\d{1,2})일");
    private static final Pattern CLOCK = Pattern.compile("\\b(\\d{1,2}):(\\d{2})\\b");
    private static final Pattern HOUR_MINUTE = Pattern.compile("(\\d{1,2})시\\s*(\\d{1,2})분");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s?%");
    private static final Pattern UNIT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s?(mmHg|mg|kg|cm|mm|ml|°C)");
    // Counters that take native Korean numbers (한 번, 두 명, 세 시간, 여덟 시).
    private static final Pattern NATIVE_COUNTER = Pattern.compile("(?<![\\d,.])(\\d{1,2})\\s?(시간|시|개|명|번|살|마리|잔|장|가지)");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final Map<Pattern, String> ABBREVIATIONS = Map.of(
            Pattern.compile("\\bX-rays?\\b", Pattern.CASE_INSENSITIVE), "엑스레이",
            Pattern.compile("(?<![A-Za-z])AI(?![A-Za-z])"), "에이아이",
            Pattern.compile("(?<![A-Za-z])CT(?![A-Za-z])"), "씨티",
            Pattern.compile("(?<![A-Za-z])MRI(?![A-Za-z])"), "엠알아이");

    private KoreanSpeechText() {
    }

    public static String normalise(String text) {
        String result = text;
        for (var abbreviation : ABBREVIATIONS.entrySet()) {
            result = Rewrites.replace(result, abbreviation.getKey(), m -> abbreviation.getValue());
        }
        result = Rewrites.replace(result, ISO_DATE, m -> date(m.group(1), m.group(2), m.group(3)));
        result = Rewrites.replace(result, KOREAN_DATE, m -> date(m.group(1), m.group(2), m.group(3)));
        result = Rewrites.replace(result, MONTH_DAY, m -> month(Integer.parseInt(m.group(1))) + " " + sino(Long.parseLong(m.group(2))) + " 일");
        result = Rewrites.replace(result, CLOCK, m -> m.group(1) + "시 " + m.group(2) + "분");
        result = Rewrites.replace(result, HOUR_MINUTE, m -> nativeNumber(Integer.parseInt(m.group(1))) + " 시"
                + (Integer.parseInt(m.group(2)) == 0 ? "" : " " + sino(Long.parseLong(m.group(2))) + " 분"));
        result = Rewrites.replace(result, PERCENT, m -> number(m.group(1)) + " 퍼센트");
        result = Rewrites.replace(result, UNIT, m -> number(m.group(1)) + " " + UNITS.get(m.group(2)));
        result = Rewrites.replace(result, NATIVE_COUNTER, m -> nativeNumber(Integer.parseInt(m.group(1))) + " " + m.group(2));
        return Rewrites.replace(result, NUMBER, m -> number(m.group()));
    }

    static String date(String year, String month, String day) {
        return sino(Long.parseLong(year)) + " 년 " + month(Integer.parseInt(month)) + " " + sino(Long.parseLong(day)) + " 일";
    }

    /** June and October drop a sound: 유월, 시월. */
    static String month(int month) {
        return switch (month) {
            case 6 -> "유월";
            case 10 -> "시월";
            default -> sino(month) + "월";
        };
    }

    static String number(String digits) {
        String plain = digits.replace(",", "");
        int point = plain.indexOf('.');
        if (point < 0) {
            return sino(Long.parseLong(plain));
        }
        StringBuilder words = new StringBuilder(sino(Long.parseLong(plain.substring(0, point)))).append(" 점 ");
        for (char digit : plain.substring(point + 1).toCharArray()) {
            words.append(SINO_DIGITS[digit - '0']);
        }
        return words.toString();
    }

    /** Sino-Korean reading: 2026 is 이천이십육, 10000 is 만 (not 일만). */
    static String sino(long n) {
        if (n == 0) {
            return SINO_DIGITS[0];
        }
        StringBuilder words = new StringBuilder();
        int group = 0;
        while (n > 0) {
            int part = (int) (n % 10_000);
            if (part > 0) {
                String partWords = (part == 1 && group == 1) ? "" : sinoBelowTenThousand(part);
                words.insert(0, partWords + SINO_LARGE_UNITS[group]);
            }
            n /= 10_000;
            group++;
        }
        return words.toString();
    }

    private static String sinoBelowTenThousand(int n) {
        StringBuilder words = new StringBuilder();
        for (int place = 3; place >= 0; place--) {
            int digit = (n / (int) Math.pow(10, place)) % 10;
            if (digit == 0) {
                continue;
            }
            words.append(digit == 1 && place > 0 ? "" : SINO_DIGITS[digit]).append(SINO_SMALL_UNITS[place]);
        }
        return words.toString();
    }

    /** Native Korean form used before counters (1 to 99); larger numbers are read Sino-Korean. */
    static String nativeNumber(int n) {
        if (n <= 0 || n > 99) {
            return sino(n);
        }
        if (n == 20) {
            return "스무";
        }
        return NATIVE_TENS[n / 10] + NATIVE_ONES[n % 10];
    }
}
