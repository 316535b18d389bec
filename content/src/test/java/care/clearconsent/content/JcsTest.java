package care.clearconsent.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 8785 canonical JSON, checked against the examples of the RFC and of its reference implementations. */
class JcsTest {

    @Test
    void numbers_are_written_as_ecmascript_writes_them() {
        Map<Double, String> cases = new LinkedHashMap<>();
        cases.put(0.0, "0");
        cases.put(-0.0, "0");
        cases.put(Double.MIN_VALUE, "5e-324");
        cases.put(-Double.MIN_VALUE, "-5e-324");
        cases.put(Double.MAX_VALUE, "1.7976931348623157e+308");
        cases.put(9007199254740992.0, "9007199254740992");
        cases.put(-9007199254740992.0, "-9007199254740992");
        cases.put(295147905179352830000.0, "295147905179352830000");
        cases.put(9.999999999999997e22, "9.999999999999997e+22");
        cases.put(1e21, "1e+21");
        cases.put(999999999999999700000.0, "999999999999999700000");
        cases.put(0.000001, "0.000001");
        cases.put(1e-7, "1e-7");
        cases.put(333333333.3333333, "333333333.3333333");
        cases.put(4.35, "4.35");
        cases.put(0.002, "0.002");
        cases.put(1.0, "1");
        cases.put(12.5, "12.5");
        cases.put(1e23, "1e+23");
        cases.forEach((value, expected) -> assertThat(Jcs.number(value)).as(String.valueOf(value)).isEqualTo(expected));
    }

    @Test
    void every_number_written_reads_back_as_the_same_double() {
        java.util.Random random = new java.util.Random(8785);
        for (int i = 0; i < 100_000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                continue;
            }
            String written = Jcs.number(value);
            assertThat(Double.parseDouble(written)).as(written).isEqualTo(value == 0 ? 0.0 : value);
            assertThat(written).doesNotContain("E").doesNotStartWith("+");
        }
    }

    @Test
    void members_are_sorted_by_utf16_code_units_and_strings_escaped_as_json_stringify_does() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("\u20ac", "Euro Sign");
        object.put("\r", "Carriage Return");
        object.put("\ufb33", "Hebrew Letter Dalet With Dagesh");
        object.put("1", "One");
        object.put("\ud83d\ude00", "Emoji: Grinning Face");
        object.put("\u0080", "Control");
        object.put("\u00f6", "Latin Small Letter O With Diaeresis");

        assertThat(Jcs.write(object)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\","
                + "\"\u20ac\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
        assertThat(Jcs.write(List.of("\u0000\u001f\"\\/\b\f\n\r\t", "\u2028", "동의"))).isEqualTo("[\"\\u0000\\u001f\\\"\\\\/\\b\\f\\n\\r\\t\",\"\u2028\",\"동의\"]");
        assertThat(Jcs.write(Map.of("at", Instant.parse("2026-11-26T06:49:05.120Z"), "n", List.of(1, 2L, true)))).isEqualTo(
                "{\"at\":\"2026-11-26T06:49:05.120Z\",\"n\":[1,2,true]}");
    }

    @Test
    void values_without_a_canonical_form_are_refused() {
        assertThatThrownBy(() -> Jcs.write(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Jcs.write("\ud800")).hasMessageContaining("lone surrogate");
        assertThatThrownBy(() -> Jcs.write(1L << 60)).hasMessageContaining("IEEE double");
        assertThatThrownBy(() -> Jcs.write(new Object())).hasMessageContaining("No canonical JSON form");
    }
}
