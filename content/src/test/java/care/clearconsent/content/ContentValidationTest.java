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
        Files.writeString(file, text.substring(0, text.indexOf("\nen:") + 1));

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
                .hasMessageContaining("[/5/section] question-section: human-review");
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
        replace("sections/transfer-abroad.yaml", "\"If that changes, we will ask you first.\"",
                "\"Notwithstanding contractual obligations, international transmission of identifiable information necessitates comprehensive authorisation documentation first.\"");

        assertThatThrownBy(() -> load())
                .hasMessageContaining("sections/transfer-abroad.yaml:" + lineOf("sections/transfer-abroad.yaml", "simplified:", "Does your information go abroad")
                        + " [/en/simplified] readability-grade: en simplified text is at Flesch-Kincaid grade");
    }

    @Test
    void a_listed_medical_term_must_be_defined_or_avoided() throws IOException {
        replace("sections/transfer-abroad.yaml", "\"No. Your data is handled in Korea.\"", "\"No. Your encrypted data is handled in Korea.\"");

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
                .replace("    limits:\n      - \"For people over 85, it missed about 1 in 3.\"\n      - \"It also works less well for people with lung disease.\"\n"
                        + "      - \"Nurses still check you at the usual times.\"\n      - \"If you feel worse, call your nurse at once.\"\n", ""));

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
        assertThat(String.join(" ", defaults.section("your-rights").orElseThrow().text(Language.EN, ReadingLevel.STANDARD).paragraphs()))
                .contains("Care with none of the AI is not yet set up here").doesNotContain("{");
        ContentPackage notOffered = content.configure(Map.of("decline-ai-chest-xray", "not-offered"));
        assertThat(defaults.declining("ai-chest-xray")).isEqualTo(Declining.OFFERED);
        assertThat(notOffered.declining("ai-chest-xray")).isEqualTo(Declining.NOT_OFFERED);
        assertThat(notOffered.declinableSystems()).extracting(Section::id).containsExactly("ai-early-warning", "ai-note-drafting");
        assertThat(String.join(" ", notOffered.section("ai-chest-xray").orElseThrow().text(Language.EN, ReadingLevel.STANDARD).paragraphs()))
                .contains("This hospital cannot switch this AI off for one person");
        assertThat(defaults.requiredSettingsUnset()).extracting(InstitutionSetting::id)
                .containsExactlyInAnyOrder("privacy-officer", "decline-ai-chest-xray", "decline-ai-early-warning");
        assertThatThrownBy(() -> content.configure(Map.of("care-without-ai", "maybe"))).hasMessageContaining("must be one of");
        assertThatThrownBy(() -> content.configure(Map.of("retention-days", "3"))).hasMessageContaining("there is no institution setting 'retention-days'");
    }

    @Test
    void any_change_of_wording_changes_the_hash() throws IOException {
        String before = ContentHash.of(load());
        replace("sections/retention.yaml", "Recordings for the note-drafting AI are deleted after", "Recordings are deleted after");

        assertThat(ContentHash.of(load())).isNotEqualTo(before);
    }

    @Test
    void an_absolute_promise_without_a_setting_is_refused_at_its_line() throws IOException {
        replace("sections/who-sees.yaml", "\"A court order is one example.\"", "\"We never give it to anyone else.\"");

        assertThatThrownBy(() -> load())
                .hasMessageContaining("sections/who-sees.yaml:" + lineOf("sections/who-sees.yaml", "We never give it")
                        + " [/en/simplified/paragraphs/4] absolute-promise: \"We never give it to anyone else.\" promises [never, anyone]");
    }

    @Test
    void an_absolute_word_in_a_sentence_naming_a_setting_or_allowed_with_a_reason_passes_and_unused_allowances_fail() throws IOException {
        replace("sections/who-sees.yaml", "\"A court order is one example.\"", "\"We never keep it longer than {record-retention}.\"");
        assertThat(load().sections()).isNotEmpty();

        replace("promises.yaml", "text: \"그래서 의사가 꼭 고칩니다\"", "text: \"그래서 의사가 꼭 고쳐 씁니다\"");
        assertThatThrownBy(() -> load())
                .hasMessageContaining("promises.yaml:" + lineOf("promises.yaml", "그래서 의사가 꼭 고쳐 씁니다")
                        + " [/allowed/3] absolute-promise: no text says \"그래서 의사가 꼭 고쳐 씁니다\" any more")
                .hasMessageContaining("sections/ai-note-drafting.yaml:" + lineOf("sections/ai-note-drafting.yaml", "그래서 의사가 꼭 고칩니다")
                        + " [/ko/simplified/accuracy/2] absolute-promise");
    }

    @Test
    void a_level_missing_a_required_fact_is_refused_at_the_facts_line() throws IOException {
        replace("sections/ai-early-warning.yaml", "      - \"For people over 85, it missed about 1 in 3.\"\n", "      - \"It misses more for people over 85.\"\n");

        assertThatThrownBy(() -> load())
                .hasMessageContaining("sections/ai-early-warning.yaml:" + lineOf("sections/ai-early-warning.yaml", "id: misses-1-in-3-over-85")
                        + " [/facts/2] level-fact: the simplified text in en does not state 'misses-1-in-3-over-85'");
    }

    @Test
    void a_section_without_its_list_of_facts_is_refused() throws IOException {
        Path file = folder.resolve("sections/transfer-abroad.yaml");
        Files.writeString(file, Files.readString(file).replaceAll("(?s)facts:.*?\nko:", "ko:"));

        assertThatThrownBy(() -> load()).hasMessageContaining("sections/transfer-abroad.yaml:1 [] level-facts: list the facts");
    }

    @Test
    void a_glossary_definition_over_the_simplified_limits_is_refused_at_its_line() throws IOException {
        replace("glossary.yaml", "definition: \"Scrambling data so that only someone with the right key can read it.\"",
                "definition: \"Cryptographic transformation rendering information unintelligible without authorisation.\"");

        assertThatThrownBy(() -> load())
                .hasMessageContaining("glossary.yaml:" + lineOf("glossary.yaml", "Cryptographic transformation")
                        + " [/9/en/definition] readability-grade: encryption: the definition is read as simplified text");
    }

    @Test
    void a_question_with_two_options_or_without_a_misconception_is_refused_at_its_line() throws IOException {
        replace("questions.yaml", "options: [doctor, ai, ai-unless-unsure]", "options: [doctor, ai]");
        replace("questions.yaml", "  misconception: surely-worse\n", "  misconception: check-needed\n");

        assertThatThrownBy(() -> load())
                .hasMessageContaining("questions.yaml:" + lineOf("questions.yaml", "options: [doctor, ai]")
                        + " [/0/options] question-options: who-decides: a question needs at least 3 options")
                .hasMessageContaining("questions.yaml:" + lineOf("questions.yaml", "misconception: check-needed")
                        + " [/2/misconception] question-misconception: warning-alert");
    }

    @Test
    void a_card_that_words_declining_itself_instead_of_through_its_setting_is_refused() throws IOException {
        replace("sections/ai-chest-xray.yaml", "      - \"{decline-ai-chest-xray}\"\n      - \"You can ask a doctor to look again.\"",
                "      - \"You can say no to the AI.\"\n      - \"You can ask a doctor to look again.\"");

        assertThatThrownBy(() -> load())
                .hasMessageContaining("[/en/simplified/choices] decline-setting: the 'choices' part must say what declining means through {decline-ai-chest-xray}");
    }

    @Test
    void the_demonstration_flag_must_be_stated() throws IOException {
        replace("package.yaml", "demonstration: true\n", "");

        assertThatThrownBy(() -> load()).hasMessageContaining("package.yaml:1 [/demonstration] required-field");
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
