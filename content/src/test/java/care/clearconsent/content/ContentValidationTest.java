package care.clearconsent.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken content files are refused with a message that names the file, the place and the rule. */
class ContentValidationTest {

    @TempDir
    Path folder;

    @BeforeEach
    void copy_shipped_content() throws Exception {
        Path shipped = Path.of(getClass().getClassLoader().getResource(ContentLoader.CLASSPATH_ROOT).toURI());
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = folder.resolve(shipped.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    @Test
    void a_copy_of_the_shipped_content_loads() {
        assertThat(load().sections()).isNotEmpty();
    }

    @Test
    void a_missing_translation_names_file_line_language_and_level() throws IOException {
        Path file = folder.resolve("sections/retention.yaml");
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.indexOf("en:")));

        assertThatThrownBy(() -> load())
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("sections/retention.yaml:1 [/en/standard] translation-complete")
                .hasMessageContaining("sections/retention.yaml:1 [/en/simplified] translation-complete");
    }

    @Test
    void a_quiz_answer_that_is_not_an_option_is_refused_at_its_line() throws IOException {
        replace("questions.yaml", "answer: doctor\n", "answer: nurse\n");

        assertThatThrownBy(() -> load())
                .hasMessageContaining("questions.yaml:" + lineOf("questions.yaml", "answer: nurse") + " [/0/answer] quiz-answer-valid: who-decides");
    }

    @Test
    void a_question_about_an_unknown_section_is_refused() throws IOException {
        replace("questions.yaml", "section: your-rights", "section: no-such-section");

        assertThatThrownBy(() -> load())
                .hasMessageContaining("[/4/section] question-section: human-review");
    }

    @Test
    void a_section_naming_a_term_missing_from_the_glossary_is_refused_at_its_line() throws IOException {
        replace("sections/protection.yaml", "glossary: [encryption]", "glossary: [encryption, firewall]");

        assertThatThrownBy(() -> load())
                .hasMessageContaining("sections/protection.yaml:" + lineOf("sections/protection.yaml", "glossary:")
                        + " [/glossary] glossary-reference: term 'firewall' is not in glossary.yaml");
    }

    @Test
    void a_glossary_term_without_a_definition_in_one_language_is_refused() throws IOException {
        replace("glossary.yaml", "    definition: \"Scrambling data so that only someone with the right key can read it.\"", "    definition: \"\"");

        assertThatThrownBy(() -> load())
                .hasMessageContaining("translation-complete: term 'encryption' needs a term and a definition in en");
    }

    @Test
    void a_simplified_korean_sentence_over_twenty_eojeol_is_refused_at_its_line() throws IOException {
        String longSentence = "가 ".repeat(21).strip() + ".";
        replace("sections/transfer-abroad.yaml", "\"해외로 보내야 하면 먼저 다시 여쭙니다.\"", "\"" + longSentence + "\"");

        assertThatThrownBy(() -> load())
                .hasMessageContaining("sections/transfer-abroad.yaml:" + lineOf("sections/transfer-abroad.yaml", longSentence)
                        + " [/ko/simplified/paragraphs/1] readability-sentence-length: a simplified sentence has 21 eojeol");
    }

    @Test
    void hard_english_in_simplified_wording_is_refused_with_its_grade() throws IOException {
        replace("sections/transfer-abroad.yaml", "\"No. Your data stays in Korea.\"",
                "\"Notwithstanding contractual obligations, international transmission of identifiable information necessitates comprehensive authorisation documentation.\"");

        assertThatThrownBy(() -> load())
                .hasMessageContaining("sections/transfer-abroad.yaml:" + lineOf("sections/transfer-abroad.yaml", "simplified:", "en:")
                        + " [/en/simplified] readability-grade: en simplified text is at Flesch-Kincaid grade");
    }

    @Test
    void a_listed_medical_term_must_be_defined_or_avoided() throws IOException {
        replace("sections/transfer-abroad.yaml", "\"No. Your data stays in Korea.\"", "\"No. Your encrypted data stays in Korea.\"");

        assertThatThrownBy(() -> load())
                .hasMessageContaining("sections/transfer-abroad.yaml")
                .hasMessageContaining("[/en/simplified] medical-term: uses 'encrypted' without defining it: add 'encryption'");
    }

    @Test
    void an_unknown_institution_setting_in_a_text_is_refused() throws IOException {
        replace("sections/retention.yaml", "{record-retention} 보관합니다.", "{record-period} 보관합니다.");

        assertThatThrownBy(() -> load())
                .hasMessageContaining("[/ko/simplified] setting-reference: {record-period} is not an institution setting");
    }

    @Test
    void a_fact_card_missing_a_topic_or_a_staff_attribute_is_refused() throws IOException {
        Path file = folder.resolve("sections/ai-early-warning.yaml");
        String text = Files.readString(file);
        Files.writeString(file, text.replaceFirst("(?m)^    known-biases: .*\\n", "")
                .replace("    limits:\n      - \"It works less well for people over 85.\"\n      - \"It also works less well for people with lung disease.\"\n", ""));

        assertThatThrownBy(() -> load())
                .hasMessageContaining("[/system/staff] staff-attribute: the staff face needs 'known-biases'")
                .hasMessageContaining("[/en/simplified] card-topic: the fact card has no 'limits' part");
    }

    @Test
    void a_listed_section_without_a_file_is_refused() throws IOException {
        Files.delete(folder.resolve("sections/protection.yaml"));

        assertThatThrownBy(() -> load())
                .hasMessageContaining("sections/protection.yaml [] file-exists");
    }

    @Test
    void broken_yaml_names_the_line() throws IOException {
        replace("sections/who-sees.yaml", "kind: data-handling", "kind: [data-handling");

        assertThatThrownBy(() -> load())
                .hasMessageContaining("sections/who-sees.yaml:3 [] yaml-syntax");
    }

    @Test
    void institution_settings_fill_the_texts_and_defaults_are_marked() {
        ContentPackage content = load();

        ContentPackage defaults = content.configure(Map.of());
        ContentPackage configured = content.configure(Map.of("record-retention", "15 years", "care-without-ai", "offered"));

        String defaultText = defaults.section("retention").orElseThrow().text(Language.EN, ReadingLevel.SIMPLIFIED).paragraphs().getLast();
        String configuredText = configured.section("retention").orElseThrow().text(Language.EN, ReadingLevel.SIMPLIFIED).paragraphs().getLast();
        assertThat(defaultText).isEqualTo("We keep this consent for 10 years.");
        assertThat(configuredText).isEqualTo("We keep this consent for 15 years.");
        assertThat(defaults.setting("record-retention").orElseThrow().isDefault()).isTrue();
        assertThat(configured.setting("record-retention").orElseThrow().isDefault()).isFalse();
        assertThat(defaults.careWithoutAiOffered()).isFalse();
        assertThat(configured.careWithoutAiOffered()).isTrue();
        assertThat(String.join(" ", defaults.section("ai-chest-xray").orElseThrow().text(Language.EN, ReadingLevel.STANDARD).paragraphs()))
                .contains("This hospital has not yet set up care without AI").doesNotContain("{");
        assertThatThrownBy(() -> content.configure(Map.of("care-without-ai", "maybe"))).hasMessageContaining("must be one of");
        assertThatThrownBy(() -> content.configure(Map.of("retention-days", "3"))).hasMessageContaining("there is no institution setting 'retention-days'");
    }

    @Test
    void any_change_of_wording_changes_the_hash() throws IOException {
        String before = ContentHash.of(load());
        replace("sections/retention.yaml", "Recordings for the note-drafting AI are deleted within 7 days.", "Recordings are deleted within 7 days.");

        assertThat(ContentHash.of(load())).isNotEqualTo(before);
    }

    private ContentPackage load() {
        return ContentLoader.load(ContentSource.folder(folder));
    }

    /** The 1-based line of the first line containing {@code text} (after the first line containing each of {@code after}). */
    private int lineOf(String relative, String text, String... after) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve(relative));
        int from = 0;
        for (String anchor : after) {
            while (!lines.get(from).contains(anchor)) {
                from++;
            }
        }
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + relative);
    }

    private void replace(String relative, String from, String to) throws IOException {
        Path file = folder.resolve(relative);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
