package care.clearconsent.speech;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.content.Language;
import care.clearconsent.content.ReadingLevel;
import care.clearconsent.explanation.ExplanationCatalogue;
import java.net.URI;
import java.util.List;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The mobile backend and the journey's player fetch a section's audio over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SectionAudioApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ExplanationCatalogue catalogue;
    @Autowired
    MongoTemplate mongo;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_section_is_served_as_mp3_with_sentence_timings_and_synthesised_only_once() throws Exception {
        String url = audioUrl("who-sees", "language=ko&rate=normal&level=simplified");
        long filesBefore = mongo.getCollection("fs.files").countDocuments();

        HttpResponse<byte[]> first = get(url, null);
        HttpResponse<byte[]> second = get(url, null);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).contains("audio/mpeg");
        assertThat(first.body().length).isGreaterThan(4_000);
        assertThat(((first.body()[0] & 0xff) << 3) | ((first.body()[1] & 0xe0) >> 5)).isEqualTo(0x7ff);
        var text = catalogue.current().content().section("who-sees").orElseThrow().text(Language.KO, ReadingLevel.SIMPLIFIED);
        assertThat(first.headers().firstValue("X-Sentence-Starts").orElseThrow().split(",")).hasSize(1 + Sentences.of(text.paragraphs()).size());
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(mongo.getCollection("fs.files").countDocuments()).isEqualTo(filesBefore + 1);
    }

    @Test
    void slow_speech_is_longer_and_english_is_served_too() throws Exception {
        HttpResponse<byte[]> normal = get(audioUrl("ai-chest-xray", "language=en&rate=normal"), null);
        HttpResponse<byte[]> slow = get(audioUrl("ai-chest-xray", "language=en&rate=slow"), null);

        assertThat(normal.statusCode()).isEqualTo(200);
        assertThat(slow.body().length).isGreaterThan(normal.body().length * 11 / 10);
    }

    @Test
    void glossary_definitions_and_questions_are_spoken_too() throws Exception {
        String base = "http://127.0.0.1:" + port + "/api/v1/content/" + catalogue.current().hash();

        HttpResponse<byte[]> term = get(base + "/glossary/pseudonymisation/audio?language=ko", null);
        HttpResponse<byte[]> question = get(base + "/questions/who-decides/audio?language=en&rate=slow", null);
        HttpResponse<byte[]> unknownTerm = get(base + "/glossary/blockchain/audio?language=ko", null);

        assertThat(term.statusCode()).isEqualTo(200);
        assertThat(term.body().length).isGreaterThan(3_000);
        assertThat(term.headers().firstValue("X-Sentence-Starts").orElseThrow().split(",")).hasSize(2);
        assertThat(question.statusCode()).isEqualTo(200);
        assertThat(unknownTerm.statusCode()).isEqualTo(404);
        assertThat(unknownTerm.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    @Test
    void a_range_request_gets_just_that_part() throws Exception {
        String url = audioUrl("retention", "language=en");
        int total = get(url, null).body().length;

        HttpResponse<byte[]> part = get(url, "bytes=100-299");

        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.body()).hasSize(200);
        assertThat(part.headers().firstValue("Content-Range")).contains("bytes 100-299/" + total);
    }

    @Test
    void bad_parameters_and_unknown_sections_get_problem_details() throws Exception {
        HttpResponse<byte[]> badLanguage = get(audioUrl("retention", "language=fr"), null);
        HttpResponse<byte[]> badRate = get(audioUrl("retention", "language=en&rate=fast"), null);
        HttpResponse<byte[]> unknown = get(audioUrl("no-such-section", "language=en"), null);
        HttpResponse<byte[]> unknownVersion = get("http://127.0.0.1:" + port + "/api/v1/content/" + "0".repeat(64)
                + "/sections/retention/audio?language=en", null);

        assertThat(badLanguage.statusCode()).isEqualTo(400);
        assertThat(badLanguage.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(new String(badLanguage.body())).contains("language must be ko or en");
        assertThat(badRate.statusCode()).isEqualTo(400);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(unknownVersion.statusCode()).isEqualTo(404);
    }

    @Test
    void a_section_in_parts_is_read_one_part_at_a_time_and_a_part_out_of_range_is_refused() throws Exception {
        HttpResponse<byte[]> whole = get(audioUrl("ai-chest-xray", "language=en"), null);
        HttpResponse<byte[]> second = get(audioUrl("ai-chest-xray", "language=en&page=1"), null);
        int pages = catalogue.current().content().section("ai-chest-xray").orElseThrow().pageCount();
        HttpResponse<byte[]> beyond = get(audioUrl("ai-chest-xray", "language=en&page=" + pages), null);
        HttpResponse<byte[]> notANumber = get(audioUrl("ai-chest-xray", "language=en&page=two"), null);

        assertThat(second.statusCode()).isEqualTo(200);
        int wholeSentences = whole.headers().firstValue("X-Sentence-Starts").orElseThrow().split(",").length;
        int partSentences = second.headers().firstValue("X-Sentence-Starts").orElseThrow().split(",").length;
        assertThat(partSentences).isBetween(3, wholeSentences - 3);
        assertThat(beyond.statusCode()).isEqualTo(400);
        assertThat(new String(beyond.body())).contains("page must be from 0 to " + (pages - 1));
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    @Test
    void a_question_is_read_in_the_order_its_choices_were_shown_and_any_other_order_is_refused() throws Exception {
        String base = "http://127.0.0.1:" + port + "/api/v1/content/" + catalogue.current().hash() + "/questions/who-decides/audio?language=en";

        HttpResponse<byte[]> contentOrder = get(base, null);
        HttpResponse<byte[]> swapped = get(base + "&order=ai,ai-unless-unsure,doctor", null);
        HttpResponse<byte[]> twice = get(base + "&order=ai,ai,doctor", null);
        HttpResponse<byte[]> unknown = get(base + "&order=ai,nurse,doctor", null);
        HttpResponse<byte[]> missing = get(base + "&order=ai,doctor", null);

        assertThat(swapped.statusCode()).isEqualTo(200);
        assertThat(swapped.body()).isNotEqualTo(contentOrder.body());
        for (HttpResponse<byte[]> refused : List.of(twice, unknown, missing)) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(new String(refused.body())).contains("order must name each answer choice");
        }
    }

    private String audioUrl(String section, String query) {
        return "http://127.0.0.1:" + port + "/api/v1/content/" + catalogue.current().hash() + "/sections/" + section + "/audio?" + query;
    }

    private HttpResponse<byte[]> get(String url, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (range != null) {
            request.header("Range", range);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
