package care.clearconsent.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every UI text exists in every language: a key missing or empty in one bundle fails the build. */
class TranslationsTest {

    @Test
    void english_and_korean_have_the_same_keys_and_no_empty_text() throws IOException {
        Properties english = load("messages/translations.properties");
        Properties korean = load("messages/translations_ko.properties");

        Set<String> missingInKorean = new TreeSet<>(english.stringPropertyNames());
        missingInKorean.removeAll(korean.stringPropertyNames());
        Set<String> missingInEnglish = new TreeSet<>(korean.stringPropertyNames());
        missingInEnglish.removeAll(english.stringPropertyNames());

        assertThat(missingInKorean).as("keys missing in translations_ko.properties").isEmpty();
        assertThat(missingInEnglish).as("keys missing in translations.properties").isEmpty();
        english.forEach((key, value) -> assertThat(value.toString()).as("English " + key).isNotBlank());
        korean.forEach((key, value) -> assertThat(value.toString()).as("Korean " + key).isNotBlank());
    }

    @Test
    void korean_texts_are_really_korean() throws IOException {
        Properties korean = load("messages/translations_ko.properties");
        Set<String> notKorean = new TreeSet<>();
        korean.forEach((key, value) -> {
            if (!key.toString().equals("app.title") && value.toString().codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)) {
                notKorean.add(key.toString());
            }
        });
        assertThat(notKorean).as("Korean bundle entries without Hangul (untranslated?)").isEmpty();
    }

    private Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
