package care.clearconsent.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shipped text messages fit their declared types; a broken file fails the build with its file, line and rule. */
class SmsTemplatesTest {

    private static final String SHIPPED = ContentSource.classpath(ContentLoader.CLASSPATH_ROOT).read(SmsTemplates.FILE).orElseThrow();

    @Test
    void every_shipped_message_is_in_both_languages_and_fits_its_type() {
        SmsTemplates templates = SmsTemplates.loadShipped();

        for (String kind : SmsTemplates.KINDS) {
            assertThat(templates.template(kind).texts()).containsOnlyKeys(Language.KO, Language.EN);
        }
        String link = "https://" + "a".repeat(40) + "/journey/" + "t".repeat(43);
        String rendered = templates.render("appointment", Language.KO, Map.of("institution", "서울중앙병원", "link", link, "stop", link,
                "date", "2026-12-03 09:30"));
        assertThat(rendered).contains("서울중앙병원", link, "2026-12-03 09:30").doesNotContain("{");
        assertThat(SmsTemplates.eucKrBytes(rendered)).isLessThanOrEqualTo(SmsTemplates.Type.LMS.maxBytes());
        assertThat(SmsTemplates.eucKrBytes("가a")).as("a Hangul syllable is two bytes").isEqualTo(3);
    }

    @Test
    void a_message_too_long_for_its_type_fails_with_file_and_line() {
        String shortened = SHIPPED.replaceFirst("(?m)^(  receipt:\\n    type: )lms", "$1sms");

        List<ContentProblem> problems = problems(shortened);

        int line = lineOf(shortened, "  receipt:") + 2;
        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("sms.yaml");
            assertThat(problem.rule()).isEqualTo("sms-length");
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.message()).contains("holds 90");
        });
    }

    @Test
    void a_character_outside_euc_kr_a_missing_link_or_an_unknown_placeholder_fails() {
        String broken = SHIPPED.replace("결정이 기록되었습니다.", "결정이 기록되었습니다 ✅.")
                .replace("You have not decided yet about the use of AI in your care. You can continue when it suits you: {link}",
                        "You have not decided yet, {name}.");

        List<ContentProblem> problems = problems(broken);

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.rule()).isEqualTo("sms-charset");
            assertThat(problem.message()).contains("U+2705");
            assertThat(problem.line()).isEqualTo(lineOf(broken, "✅"));
        });
        assertThat(problems).filteredOn(problem -> problem.location().equals("/messages/decide-later/en")).extracting(ContentProblem::message)
                .anySatisfy(message -> assertThat(message).contains("{name}"))
                .anySatisfy(message -> assertThat(message).contains("{link} is required"));
    }

    @Test
    void a_message_without_a_declared_type_or_language_fails() {
        String broken = SHIPPED.replaceFirst("(?m)^(  receipt:\\n    type: )lms", "$1mms").replaceFirst("(?m)^    en: \"\\[\\{institution}] Your request.*$", "");

        assertThat(problems(broken)).extracting(ContentProblem::rule).contains("sms-type", "sms-missing");
    }

    @Test
    void a_value_longer_than_its_placeholder_is_refused_when_rendering() {
        SmsTemplates templates = SmsTemplates.loadShipped();

        assertThatThrownBy(() -> templates.render("receipt", Language.EN, Map.of("institution", "x".repeat(41), "link", "l", "stop", "s")))
                .hasMessageContaining("{institution}");
    }

    private static List<ContentProblem> problems(String text) {
        try {
            SmsTemplates.load(path -> SmsTemplates.FILE.equals(path) ? Optional.of(text) : Optional.empty());
        } catch (InvalidContentException invalid) {
            return invalid.problems();
        }
        throw new AssertionError("the broken file was accepted");
    }

    private static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment);
    }
}
