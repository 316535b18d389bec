package care.clearconsent.content;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON Canonicalization Scheme (RFC 8785): object members sorted by the UTF-16 code units of their names, no
 * white space, strings escaped as ECMAScript's JSON.stringify does, and numbers written as ECMAScript writes an IEEE
 * double. Takes the generic values a stored document is made of: maps, lists, strings, numbers, booleans and null;
 * a date or instant is written as its ISO-8601 UTC text with milliseconds.
 */
public final class Jcs {

    private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private Jcs() {
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case Boolean bool -> out.append(bool);
            case String text -> string(text, out);
            case Integer number -> out.append(number.intValue());
            case Long number -> out.append(integer(number));
            case Short number -> out.append(number.intValue());
            case Double number -> out.append(number(number));
            case Float number -> out.append(number(number.doubleValue()));
            case Date date -> string(Instant.ofEpochMilli(date.getTime()).toString(), out);
            case Instant instant -> string(instant.toString(), out);
            case Enum<?> constant -> string(constant.name(), out);
            case Map<?, ?> map -> object(map, out);
            case Collection<?> list -> array(list, out);
            default -> throw new IllegalArgumentException("No canonical JSON form for a " + value.getClass().getName());
        }
    }

    private static void object(Map<?, ?> map, StringBuilder out) {
        TreeMap<String, Object> sorted = new TreeMap<>();
        map.forEach((key, member) -> sorted.put(String.valueOf(key), member));
        out.append('{');
        boolean first = true;
        for (var entry : sorted.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(entry.getKey(), out);
            out.append(':');
            write(entry.getValue(), out);
        }
        out.append('}');
    }

    private static void array(Collection<?> list, StringBuilder out) {
        out.append('[');
        boolean first = true;
        for (Object element : list) {
            if (!first) {
                out.append(',');
            }
            first = false;
            write(element, out);
        }
        out.append(']');
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1)))) {
                        if (!(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                            throw new IllegalArgumentException("A lone surrogate has no canonical JSON form (RFC 8785 section 3.2.2.2)");
                        }
                        out.append(c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static String integer(long value) {
        if (Math.abs(value) > MAX_SAFE_INTEGER) {
            throw new IllegalArgumentException(value + " is beyond the integers an IEEE double holds exactly");
        }
        return Long.toString(value);
    }

    /** ECMAScript's Number.prototype.toString for a double (ECMA-262, Number::toString), as RFC 8785 requires. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("NaN and infinity have no JSON form");
        }
        if (value == 0) {
            return "0";
        }
        if (value < 0) {
            return "-" + number(-value);
        }
        // Java's Double.toString gives the shortest digits that round-trip (JDK 19 and later), as ECMAScript asks.
        BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        // Java writes at least two significant digits in its exponent form (4.9E-324); one may be enough (5e-324).
        BigDecimal oneDigit = shortest.round(new java.math.MathContext(1, java.math.RoundingMode.HALF_EVEN));
        if (shortest.precision() == 2 && Double.parseDouble(oneDigit.toString()) == value) {
            shortest = oneDigit.stripTrailingZeros();
        }
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        String exponent = (n - 1 >= 0 ? "+" : "-") + Math.abs(n - 1);
        return k == 1 ? digits + "e" + exponent : digits.charAt(0) + "." + digits.substring(1) + "e" + exponent;
    }
}
