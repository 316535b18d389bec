package care.clearconsent.speech.internal;

import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** English text for speech: "24 November 2026" becomes "the twenty-fourth of November, twenty twenty-six", and so on. */
public final class EnglishSpeechText {

    private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    private static final Map<String, String> ORDINAL_ENDINGS = Map.of("one", "first", "two", "second", "three", "third",
            "five", "fifth", "eight", "eighth", "nine", "ninth", "twelve", "twelfth");
    private static final Map<String, String> UNITS = Map.of("mg", "milligrams", "kg", "kilograms", "cm", "centimetres",
            "mm", "millimetres", "ml", "millilitres", "mmHg", "millimetres of mercury", "°C", "degrees Celsius");
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";

    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2}) (" + MONTHS + ") (\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b(" + MONTHS + ") (\\d{1,2}),? (\\d{4})\\b");
    private static final Pattern TIME = Pattern.compile("\\b(\\d{1,2}):(\\d{2})\\s*([ap])\\.?m\\.?\\b|\\b(\\d{1,2}):(\\d{2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s?%");
    private static final Pattern UNIT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s?(mmHg|mg|kg|cm|mm|ml|°C)\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final Map<Pattern, String> ABBREVIATIONS = Map.of(
            Pattern.compile("\\bX-rays?\\b", Pattern.CASE_INSENSITIVE), "X ray",
            Pattern.compile("\\bAI\\b"), "A I",
            Pattern.compile("\\bCT\\b"), "C T",
            Pattern.compile("\\bMRI\\b"), "M R I",
            Pattern.compile("\\be\\.g\\.", Pattern.CASE_INSENSITIVE), "for example",
            Pattern.compile("\\bDr\\.\\s"), "Doctor ");

    private EnglishSpeechText() {
    }

    public static String normalise(String text) {
        String result = text;
        for (var abbreviation : ABBREVIATIONS.entrySet()) {
            result = Rewrites.replace(result, abbreviation.getKey(), m -> m.group().toLowerCase(Locale.ROOT).endsWith("s") && abbreviation.getValue().equals("X ray")
                    ? "X rays" : abbreviation.getValue());
        }
        result = Rewrites.replace(result, ISO_DATE, m -> date(Integer.parseInt(m.group(3)), Month.of(Integer.parseInt(m.group(2))), Integer.parseInt(m.group(1))));
        result = Rewrites.replace(result, DAY_MONTH_YEAR, m -> date(Integer.parseInt(m.group(1)), Month.valueOf(m.group(2).toUpperCase(Locale.ROOT)), Integer.parseInt(m.group(3))));
        result = Rewrites.replace(result, MONTH_DAY_YEAR, m -> date(Integer.parseInt(m.group(2)), Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)), Integer.parseInt(m.group(3))));
        result = Rewrites.replace(result, TIME, m -> m.group(1) != null
                ? time(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) + " " + m.group(3).toLowerCase(Locale.ROOT) + " m"
                : time(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))));
        result = Rewrites.replace(result, PERCENT, m -> number(m.group(1)) + " percent");
        result = Rewrites.replace(result, UNIT, m -> number(m.group(1)) + " " + UNITS.get(m.group(2)));
        return Rewrites.replace(result, NUMBER, m -> number(m.group()));
    }

    static String date(int day, Month month, int year) {
        String monthName = month.name().charAt(0) + month.name().substring(1).toLowerCase(Locale.ROOT);
        return "the " + ordinal(day) + " of " + monthName + ", " + year(year);
    }

    static String time(int hour, int minute) {
        return minute == 0 ? cardinal(hour) + " o'clock" : cardinal(hour) + " " + (minute < 10 ? "oh " : "") + cardinal(minute);
    }

    static String year(int year) {
        if (year >= 2000 && year < 2010) {
            return cardinal(year);
        }
        int high = year / 100;
        int low = year % 100;
        return cardinal(high) + " " + (low == 0 ? "hundred" : low < 10 ? "oh " + cardinal(low) : cardinal(low));
    }

    static String number(String digits) {
        String plain = digits.replace(",", "");
        int point = plain.indexOf('.');
        if (point < 0) {
            return cardinal(Long.parseLong(plain));
        }
        StringBuilder words = new StringBuilder(cardinal(Long.parseLong(plain.substring(0, point)))).append(" point");
        for (char digit : plain.substring(point + 1).toCharArray()) {
            words.append(' ').append(ONES[digit - '0']);
        }
        return words.toString();
    }

    static String cardinal(long n) {
        if (n < 20) {
            return ONES[(int) n];
        }
        if (n < 100) {
            return TENS[(int) (n / 10)] + (n % 10 == 0 ? "" : "-" + ONES[(int) (n % 10)]);
        }
        if (n < 1000) {
            return ONES[(int) (n / 100)] + " hundred" + (n % 100 == 0 ? "" : " and " + cardinal(n % 100));
        }
        long[] scales = {1_000_000_000L, 1_000_000L, 1_000L};
        String[] names = {" billion", " million", " thousand"};
        for (int i = 0; i < scales.length; i++) {
            if (n >= scales[i]) {
                long rest = n % scales[i];
                return cardinal(n / scales[i]) + names[i] + (rest == 0 ? "" : (rest < 100 ? " and " : " ") + cardinal(rest));
            }
        }
        throw new IllegalArgumentException("Number too large to speak: " + n);
    }

    static String ordinal(int n) {
        String words = cardinal(n);
        int split = Math.max(words.lastIndexOf(' '), words.lastIndexOf('-')) + 1;
        String last = words.substring(split);
        String ordinalLast = ORDINAL_ENDINGS.getOrDefault(last, last.endsWith("y") ? last.substring(0, last.length() - 1) + "ieth" : last + "th");
        return words.substring(0, split) + ordinalLast;
    }
}
