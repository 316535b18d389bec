package care.clearconsent.consent.api;

import care.clearconsent.consent.Journey;
import care.clearconsent.consent.Step;
import care.clearconsent.consent.api.PatientApiModel.ContentView;
import care.clearconsent.consent.api.PatientApiModel.JourneyStatusView;
import care.clearconsent.consent.api.PatientApiModel.ModesView;
import care.clearconsent.consent.api.PatientApiModel.PartView;
import care.clearconsent.consent.api.PatientApiModel.QuestionView;
import care.clearconsent.consent.api.PatientApiModel.SectionView;
import care.clearconsent.consent.api.PatientApiModel.TermView;
import care.clearconsent.content.ContentPackage;
import care.clearconsent.content.Language;
import care.clearconsent.content.Question;
import care.clearconsent.content.ReadingLevel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The API's views of a journey and of its content, built from the service's objects (never the stored documents). */
final class PatientApiViews {

    private PatientApiViews() {
    }

    static JourneyStatusView status(Journey journey) {
        var state = journey.state();
        var modes = state.modes();
        return new JourneyStatusView(journey.id().value(), state.status().name(), state.current().key(),
                journey.plan().steps().stream().map(Step::key).toList(), state.language().tag(),
                new ModesView(modes.largeText(), modes.simplified(), modes.highContrast(), modes.voice(), modes.slowSpeech()),
                journey.content().version(), List.copyOf(state.acknowledgedSections()), state.ended(), state.decisionHash().orElse(null));
    }

    static ContentView content(Journey journey, Language language, ReadingLevel level) {
        ContentPackage content = journey.content().content();
        String hash = journey.content().hash();
        String query = "?language=" + language.tag();
        List<SectionView> sections = content.sections().stream().map(section -> {
            var text = section.text(language, level);
            return new SectionView(section.id(), section.kind().name(), text.title(),
                    text.parts().stream().map(part -> new PartView(part.hasHeading() ? part.heading() : null, part.paragraphs())).toList(),
                    section.pageCount(), "/api/v1/content/" + hash + "/sections/" + section.id() + "/audio" + query);
        }).toList();
        List<QuestionView> questions = content.questions().stream().map(question -> question(journey, question, language, hash, query)).toList();
        List<TermView> glossary = content.glossary().stream().map(term -> new TermView(term.id(), term.text(language).term(),
                term.text(language).definition(), "/api/v1/content/" + hash + "/glossary/" + term.id() + "/audio" + query)).toList();
        return new ContentView(journey.content().version(), language.tag(), level.key(), sections, questions, glossary);
    }

    /** The options in the order this journey shows them, as on the tablet. */
    private static QuestionView question(Journey journey, Question question, Language language, String hash, String query) {
        var text = question.text(language);
        Map<String, String> options = new LinkedHashMap<>();
        journey.state().optionOrder(question).forEach(option -> options.put(option, text.options().get(option)));
        return new QuestionView(question.id(), question.section(), text.prompt(), options,
                "/api/v1/content/" + hash + "/questions/" + question.id() + "/audio" + query);
    }
}
