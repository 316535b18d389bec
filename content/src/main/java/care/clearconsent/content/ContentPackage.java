package care.clearconsent.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything a patient is told in one version: the sections in reading order (AI systems' fact cards first), the
 * comprehension questions, the separate purposes to decide on, the words for care without AI, the glossary, the
 * declared recipients of data and the institution settings the texts depend on.
 *
 * @param version       the published version ({@code major.minor}); empty until the package is published
 * @param demonstration true while the AI systems, makers and figures are examples, not the institution's own: every
 *                      patient screen then says so, and the production profile refuses to start
 */
public record ContentPackage(
        String version,
        List<Section> sections,
        List<Question> questions,
        List<Purpose> purposes,
        Map<Language, ChoiceText> careWithoutAi,
        List<GlossaryEntry> glossary,
        List<Recipient> recipients,
        List<InstitutionSetting> settings,
        Map<Language, Map<String, String>> agreement,
        boolean demonstration) {

    /**
     * The words a patient agrees to, which every version must give in every language: the decision, signature and
     * receipt screens. Kept in the content version so its hash covers them.
     */
    public static final List<String> AGREEMENT_KEYS = List.of(
            "journey.decision.title",
            "journey.decision.intro",
            "journey.decision.choice",
            "journey.decision.AGREE",
            "journey.decision.DECLINE",
            "journey.decision.LATER",
            "journey.decision.yes",
            "journey.decision.no",
            "journey.decision.confirm",
            "journey.decision.systems",
            "journey.decision.system",
            "journey.signature.intro",
            "journey.signature.patient",
            "journey.signature.representative",
            "journey.signature.form.DRAWN",
            "journey.signature.form.TYPED_NAME",
            "journey.signature.form.WITNESSED",
            "journey.signature.witness",
            "journey.signature.submit",
            "journey.signature.confirm",
            "journey.receipt.title",
            "journey.receipt.version",
            "journey.receipt.AGREE",
            "journey.receipt.DECLINE",
            "journey.receipt.LATER",
            "journey.receipt.purpose.yes",
            "journey.receipt.purpose.no",
            "journey.receipt.care-without-ai.yes",
            "journey.receipt.care-without-ai.no",
            "journey.receipt.system.yes",
            "journey.receipt.system.no",
            "journey.receipt.signed.patient",
            "journey.receipt.signed.representative",
            "journey.receipt.form.DRAWN",
            "journey.receipt.form.TYPED_NAME",
            "journey.receipt.form.WITNESSED",
            "journey.receipt.change");

    /** The institution setting that decides whether care without AI is offered. */
    public static final String CARE_WITHOUT_AI = "care-without-ai";
    public static final String CARE_WITHOUT_AI_OFFERED = "offered";
    /** Each AI system's own choice setting, {@code decline-<section id>}: whether a patient can decline that system. */
    public static final String DECLINE_SETTING_PREFIX = "decline-";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9-]+)}");

    public ContentPackage {
        glossary = List.copyOf(glossary);
        sections = List.copyOf(sections);
        questions = List.copyOf(questions);
        purposes = List.copyOf(purposes);
        careWithoutAi = Map.copyOf(careWithoutAi);
        recipients = List.copyOf(recipients);
        settings = List.copyOf(settings);
        Map<Language, Map<String, String>> words = new java.util.EnumMap<>(Language.class);
        if (agreement != null) {
            agreement.forEach((language, texts) -> words.put(language, Map.copyOf(texts)));
        }
        agreement = java.util.Collections.unmodifiableMap(words);
    }

    /** The agreed wording for a key in a language; empty in versions published before the wording was versioned. */
    public Optional<String> agreementText(Language language, String key) {
        return Optional.ofNullable(agreement.getOrDefault(language, Map.of()).get(key));
    }

    public boolean careWithoutAiOffered() {
        return setting(CARE_WITHOUT_AI).map(s -> CARE_WITHOUT_AI_OFFERED.equals(s.effectiveValue())).orElse(false);
    }

    /** The institution setting that says whether, and how, a patient can decline this AI system. */
    public static String declineSetting(String systemId) {
        return DECLINE_SETTING_PREFIX + systemId;
    }

    /** Whether declining this AI system is offered here, or always possible (as for recording a visit). */
    public Declining declining(String systemId) {
        return setting(declineSetting(systemId)).map(s -> Declining.of(s.effectiveValue())).orElse(Declining.NOT_OFFERED);
    }

    /** The AI systems a patient can accept or decline one by one, in reading order. */
    public List<Section> declinableSystems() {
        return aiSystems().stream().filter(system -> declining(system.id()).offered()).toList();
    }

    /** Settings the institution must set before patients are shown the content in production, still at their default. */
    public List<InstitutionSetting> requiredSettingsUnset() {
        return settings.stream().filter(s -> s.required() && s.isDefault()).toList();
    }

    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<Section> aiSystems() {
        return sections.stream().filter(Section::isAiSystem).toList();
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Optional<GlossaryEntry> term(String id) {
        return glossary.stream().filter(entry -> entry.id().equals(id)).findFirst();
    }

    public Optional<InstitutionSetting> setting(String id) {
        return settings.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public int sectionIndex(String id) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The same package with one section changed (for authoring tools and tests). */
    public ContentPackage withSection(String id, java.util.function.UnaryOperator<Section> change) {
        return new ContentPackage(version, sections.stream().map(s -> s.id().equals(id) ? change.apply(s) : s).toList(), questions, purposes,
                careWithoutAi, glossary, recipients, settings, agreement, demonstration);
    }

    public ContentPackage withVersion(String newVersion) {
        return new ContentPackage(newVersion, sections, questions, purposes, careWithoutAi, glossary, recipients, settings, agreement, demonstration);
    }

    /** The names of the settings a text refers to as {@code {id}}. */
    public static List<String> placeholders(String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /**
     * The package with the institution's values applied: each {@code {id}} in every text is replaced by the
     * setting's words (the configured value or the declared default). Unknown names or invalid choices are refused.
     */
    public ContentPackage configure(Map<String, String> values) {
        Map<String, InstitutionSetting> configured = new LinkedHashMap<>();
        settings.forEach(s -> configured.put(s.id(), s));
        values.forEach((id, value) -> {
            InstitutionSetting setting = configured.get(id);
            if (setting == null) {
                throw new IllegalArgumentException("there is no institution setting '" + id + "'; known settings: " + configured.keySet());
            }
            configured.put(id, setting.configure(value));
        });
        BiFunction<String, Language, String> resolve = (text, language) -> PLACEHOLDER.matcher(text).replaceAll(match -> {
            InstitutionSetting setting = configured.get(match.group(1));
            return Matcher.quoteReplacement(setting == null ? match.group() : setting.text(language));
        });
        return new ContentPackage(version,
                sections.stream().map(s -> s.mapText(resolve)).toList(),
                questions.stream().map(q -> resolveQuestion(q, resolve)).toList(),
                purposes.stream().map(p -> new Purpose(p.id(), resolveChoices(p.text(), resolve))).toList(),
                resolveChoices(careWithoutAi, resolve),
                glossary.stream().map(g -> resolveTerm(g, resolve)).toList(),
                recipients, List.copyOf(configured.values()), agreement, demonstration);
    }

    private static Question resolveQuestion(Question question, BiFunction<String, Language, String> resolve) {
        Map<Language, QuestionText> texts = new EnumMap<>(Language.class);
        question.text().forEach((language, text) -> {
            Map<String, String> options = new LinkedHashMap<>();
            text.options().forEach((key, label) -> options.put(key, resolve.apply(label, language)));
            texts.put(language, new QuestionText(resolve.apply(text.prompt(), language), options, resolve.apply(text.explanation(), language)));
        });
        return new Question(question.id(), question.section(), question.options(), question.answer(), question.misconception(), texts);
    }

    private static Map<Language, ChoiceText> resolveChoices(Map<Language, ChoiceText> texts, BiFunction<String, Language, String> resolve) {
        Map<Language, ChoiceText> resolved = new HashMap<>();
        texts.forEach((language, text) -> resolved.put(language,
                new ChoiceText(resolve.apply(text.label(), language), resolve.apply(text.description(), language))));
        return resolved;
    }

    private static GlossaryEntry resolveTerm(GlossaryEntry entry, BiFunction<String, Language, String> resolve) {
        Map<Language, GlossaryEntry.GlossaryText> texts = new EnumMap<>(Language.class);
        entry.text().forEach((language, text) -> texts.put(language,
                new GlossaryEntry.GlossaryText(resolve.apply(text.term(), language), resolve.apply(text.definition(), language))));
        return new GlossaryEntry(entry.id(), texts);
    }
}
