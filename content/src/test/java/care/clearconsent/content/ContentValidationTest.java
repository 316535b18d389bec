package care.clearconsent.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertThat(ContentLoader.load(ContentSource.folder(folder)).sections()).isNotEmpty();
    }

    @Test
    void a_missing_translation_names_file_language_and_level() throws IOException {
        Path file = folder.resolve("sections/retention.yaml");
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.indexOf("en:")));

        assertThatThrownBy(() -> ContentLoader.load(ContentSource.folder(folder)))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("sections/retention.yaml [en.standard] translation-complete")
                .hasMessageContaining("sections/retention.yaml [en.simplified] translation-complete");
    }

    @Test
    void a_quiz_answer_that_is_not_an_option_is_refused() throws IOException {
        replace("questions.yaml", "answer: doctor", "answer: nurse");

        assertThatThrownBy(() -> ContentLoader.load(ContentSource.folder(folder)))
                .hasMessageContaining("questions.yaml [who-decides.answer] quiz-answer-valid");
    }

    @Test
    void a_question_about_an_unknown_section_is_refused() throws IOException {
        replace("questions.yaml", "section: your-rights", "section: no-such-section");

        assertThatThrownBy(() -> ContentLoader.load(ContentSource.folder(folder)))
                .hasMessageContaining("[refuse-ai.section] question-section");
    }

    @Test
    void a_section_naming_a_term_missing_from_the_glossary_is_refused() throws IOException {
        replace("sections/protection.yaml", "glossary: [encryption]", "glossary: [encryption, firewall]");

        assertThatThrownBy(() -> ContentLoader.load(ContentSource.folder(folder)))
                .hasMessageContaining("sections/protection.yaml [glossary] glossary-reference: term 'firewall' is not in glossary.yaml");
    }

    @Test
    void a_glossary_term_without_a_definition_in_one_language_is_refused() throws IOException {
        replace("glossary.yaml", "    definition: \"Scrambling data so that only someone with the right key can read it.\"", "    definition: \"\"");

        assertThatThrownBy(() -> ContentLoader.load(ContentSource.folder(folder)))
                .hasMessageContaining("glossary.yaml [encryption.en] translation-complete");
    }

    @Test
    void a_listed_section_without_a_file_is_refused() throws IOException {
        Files.delete(folder.resolve("sections/protection.yaml"));

        assertThatThrownBy(() -> ContentLoader.load(ContentSource.folder(folder)))
                .hasMessageContaining("sections/protection.yaml [$] file-exists");
    }

    @Test
    void broken_yaml_names_the_line() throws IOException {
        replace("sections/who-sees.yaml", "kind: data-handling", "kind: [data-handling");

        assertThatThrownBy(() -> ContentLoader.load(ContentSource.folder(folder)))
                .hasMessageContaining("sections/who-sees.yaml [line ")
                .hasMessageContaining("yaml-syntax");
    }

    @Test
    void any_change_of_wording_changes_the_hash() throws IOException {
        String before = ContentHash.of(ContentLoader.load(ContentSource.folder(folder)));
        replace("sections/retention.yaml", "The nurse can tell you the exact period.", "The nurse can tell you the period.");

        assertThat(ContentHash.of(ContentLoader.load(ContentSource.folder(folder)))).isNotEqualTo(before);
    }

    private void replace(String relative, String from, String to) throws IOException {
        Path file = folder.resolve(relative);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
