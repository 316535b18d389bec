package care.clearconsent.speech.api;

import static care.clearconsent.speech.SpeechResponses.parameter;

import care.clearconsent.content.GlossaryEntry;
import care.clearconsent.content.Language;
import care.clearconsent.content.Question;
import care.clearconsent.content.ReadingLevel;
import care.clearconsent.content.Section;
import care.clearconsent.content.SectionText;
import care.clearconsent.explanation.ExplanationCatalogue;
import care.clearconsent.speech.Sentences;
import care.clearconsent.speech.SpeechResponses;
import care.clearconsent.speech.SpeechResponses.NoSuchAudio;
import care.clearconsent.speech.SpeechService;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The spoken form of any section, question or glossary definition of a published content version, for the journey's player and the
 * mobile app. A published version never changes, so the audio is cacheable for a long time.
 */
@RestController
class SectionAudioController {

    private final ExplanationCatalogue catalogue;
    private final SpeechService speech;

    SectionAudioController(ExplanationCatalogue catalogue, SpeechService speech) {
        this.catalogue = catalogue;
        this.speech = speech;
    }

    @GetMapping("/api/v1/content/{version}/sections/{section}/audio")
    ResponseEntity<Resource> sectionAudio(@PathVariable String version, @PathVariable String section,
                                          @RequestParam String language, @RequestParam(defaultValue = "normal") String rate,
                                          @RequestParam(defaultValue = "standard") String level,
                                          @RequestParam(required = false) @Nullable Integer page) {
        Language spoken = SpeechResponses.language(language);
        ReadingLevel reading = parameter(() -> ReadingLevel.valueOf(level.toUpperCase(Locale.ROOT)), "level must be standard or simplified");
        Section found = catalogue.byHash(version).flatMap(published -> published.content().section(section))
                .orElseThrow(() -> new NoSuchAudio("No section " + section + " in content version " + version));
        // Without a page, the whole section; with one, the title and the parts of that screen.
        if (page != null && (page < 0 || page >= found.pageCount())) {
            throw new SpeechResponses.InvalidParameter("page must be from 0 to " + (found.pageCount() - 1) + " for this section");
        }
        SectionText spokenText = page == null ? found.text(spoken, reading) : found.page(spoken, reading, page);
        return SpeechResponses.mp3(speech.speak(Sentences.ofSection(spokenText), spoken, SpeechResponses.rate(rate)), true);
    }

    @GetMapping("/api/v1/content/{version}/glossary/{term}/audio")
    ResponseEntity<Resource> termAudio(@PathVariable String version, @PathVariable String term,
                                       @RequestParam String language, @RequestParam(defaultValue = "normal") String rate) {
        Language spoken = SpeechResponses.language(language);
        GlossaryEntry found = catalogue.byHash(version).flatMap(published -> published.content().term(term))
                .orElseThrow(() -> new NoSuchAudio("No glossary term " + term + " in content version " + version));
        return SpeechResponses.mp3(speech.speak(Sentences.ofTerm(found, spoken), spoken, SpeechResponses.rate(rate)), true);
    }

    @GetMapping("/api/v1/content/{version}/questions/{question}/audio")
    ResponseEntity<Resource> questionAudio(@PathVariable String version, @PathVariable String question,
                                           @RequestParam String language, @RequestParam(defaultValue = "normal") String rate,
                                           @RequestParam(required = false) @Nullable String order) {
        Language spoken = SpeechResponses.language(language);
        Question found = catalogue.byHash(version).flatMap(published -> published.content().question(question))
                .orElseThrow(() -> new NoSuchAudio("No question " + question + " in content version " + version));
        List<String> shown = order == null ? found.options() : List.of(order.split(",", -1));
        if (shown.size() != found.options().size() || !new HashSet<>(shown).equals(new HashSet<>(found.options()))) {
            throw new SpeechResponses.InvalidParameter("order must name each answer choice of the question once, separated by commas");
        }
        return SpeechResponses.mp3(speech.speak(Sentences.ofQuestion(found, spoken, shown), spoken, SpeechResponses.rate(rate)), true);
    }

}
