package care.clearconsent.content;

import static care.clearconsent.content.ReadabilityLimits.KOREAN_SIMPLIFIED_MAX_EOJEOL_IN_ANY_SENTENCE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every published content package must meet; each broken rule becomes a {@link ContentProblem} whose
 * location is a JSON pointer into the file (the loader turns it into a line).
 */
public final class ContentValidator {

    /** With three options and three tries a guesser still passes; fewer options would measure nothing at all. */
    static final int MIN_QUIZ_OPTIONS = 3;

    private ContentValidator() {
    }

    /**
     * Each AI system has its own choice setting {@code decline-<id>} with values among offered, not-offered and always,
     * and every text of its card names it in the {@code choices} part, so what declining means always comes from it.
     */
    private static void checkDeclineSettings(ContentPackage content, Set<ContentProblem> problems) {
        for (Section system : content.aiSystems()) {
            String id = ContentPackage.declineSetting(system.id());
            var setting = content.setting(id);
            if (setting.isEmpty() || !setting.get().isChoice() || !setting.get().choices().keySet().stream().allMatch(Declining::known)) {
                problems.add(new ContentProblem(ContentLoader.PACKAGE_FILE, "/institution-settings", "decline-setting",
                        "AI system '" + system.id() + "' needs the choice setting '" + id + "' with choices among offered, not-offered and always"));
                continue;
            }
            system.text().forEach((language, byLevel) -> byLevel.forEach((level, text) -> {
                boolean named = text.parts().stream().filter(part -> part.topic().equals("choices"))
                        .flatMap(part -> part.paragraphs().stream()).anyMatch(p -> p.contains("{" + id + "}"));
                if (!named) {
                    problems.add(new ContentProblem(file(system), "/" + language.tag() + "/" + level.key() + "/choices", "decline-setting",
                            "the 'choices' part must say what declining means through {" + id + "}"));
                }
            }));
        }
    }

    private static void checkLevelFactsDeclared(ContentPackage content, AuthoringRules rules, Set<ContentProblem> problems) {
        for (Section section : content.sections()) {
            List<LevelFact> facts = rules.levelFacts().getOrDefault(section.id(), List.of());
            if (facts.isEmpty()) {
                problems.add(new ContentProblem(file(section), "", "level-facts",
                        "list the facts every reading level must state (facts: - id, ko, en)"));
            }
            for (int i = 0; i < facts.size(); i++) {
                for (Language language : Language.values()) {
                    if (facts.get(i).id().isBlank() || facts.get(i).markers().get(language).isEmpty()) {
                        problems.add(new ContentProblem(file(section), "/facts/" + i, "level-facts",
                                "a fact needs an id and the words that show it is stated, in " + language.tag()));
                    }
                }
            }
        }
    }

    /** Every level states every listed fact: one of its words appears in the title or paragraphs. */
    private static void checkLevelFacts(ContentPackage content, AuthoringRules rules, Set<ContentProblem> problems) {
        for (Section section : content.sections()) {
            List<LevelFact> facts = rules.levelFacts().getOrDefault(section.id(), List.of());
            for (int i = 0; i < facts.size(); i++) {
                LevelFact fact = facts.get(i);
                for (Language language : Language.values()) {
                    for (ReadingLevel level : ReadingLevel.values()) {
                        SectionText text = section.text(language, level);
                        String all = (text.title() + "\n" + String.join("\n", text.paragraphs())).toLowerCase(java.util.Locale.ROOT);
                        List<String> markers = fact.markers().get(language);
                        if (markers.stream().noneMatch(marker -> all.contains(marker.toLowerCase(java.util.Locale.ROOT)))) {
                            problems.add(new ContentProblem(file(section), "/facts/" + i, "level-fact", "the " + level.key() + " text in "
                                    + language.tag() + " does not state '" + fact.id() + "' (none of " + markers + " appears)"));
                        }
                    }
                }
            }
        }
    }

    /** A glossary definition is read by patients in simplified mode too, so it is held to the simplified limits. */
    private static void checkGlossaryReadability(ContentPackage content, Set<ContentProblem> problems) {
        for (int i = 0; i < content.glossary().size(); i++) {
            GlossaryEntry entry = content.glossary().get(i);
            for (Language language : Language.values()) {
                String definition = entry.text().get(language).definition();
                var scores = Readability.measure(language, List.of(definition));
                for (ReadabilityLimits.Breach breach : ReadabilityLimits.breaches(language, ReadingLevel.SIMPLIFIED, scores)) {
                    problems.add(new ContentProblem(ContentLoader.GLOSSARY_FILE, "/" + i + "/" + language.tag() + "/definition",
                            breach.measure().rule(), entry.id() + ": the definition is read as simplified text: " + breach.message()));
                }
            }
        }
    }

    public static List<ContentProblem> validate(ContentPackage content, AuthoringRules rules) {
        List<MedicalTerm> medicalTerms = rules.medicalTerms();
        Set<ContentProblem> problems = new LinkedHashSet<>();
        checkStructure(content, problems);
        checkSettings(content, problems);
        checkDeclineSettings(content, problems);
        checkLevelFactsDeclared(content, rules, problems);
        for (MedicalTerm term : medicalTerms) {
            if (content.term(term.glossary()).isEmpty()) {
                problems.add(new ContentProblem(ContentLoader.MEDICAL_TERMS_FILE, "", "glossary-reference",
                        "term '" + term.glossary() + "' is not in glossary.yaml"));
            }
        }
        if (problems.isEmpty()) {
            // Readability and plain words are judged on what patients read: with the defaults and with every choice.
            for (ContentPackage variant : configurations(content)) {
                checkReadability(variant, problems);
                checkGlossaryReadability(variant, problems);
                checkMedicalTerms(variant, medicalTerms, problems);
            }
            // On the texts as written: a fact may be stated through a setting, so its marker can be {id}; and a
            // sentence naming a setting is backed by it.
            checkLevelFacts(content, rules, problems);
            Promises.check(content, rules.promises(), problems);
        }
        return List.copyOf(problems);
    }

    private static List<ContentPackage> configurations(ContentPackage content) {
        List<ContentPackage> variants = new ArrayList<>(List.of(content.configure(Map.of())));
        for (InstitutionSetting setting : content.settings()) {
            for (String choice : setting.choices().keySet()) {
                if (!choice.equals(setting.defaultChoice())) {
                    variants.add(content.configure(Map.of(setting.id(), choice)));
                }
            }
        }
        return variants;
    }

    private static void checkStructure(ContentPackage content, Set<ContentProblem> problems) {
        String pkg = ContentLoader.PACKAGE_FILE;
        if (content.sections().isEmpty()) {
            problems.add(new ContentProblem(pkg, "/sections", "sections-present", "at least one section is needed"));
        }
        if (content.aiSystems().isEmpty()) {
            problems.add(new ContentProblem(pkg, "/sections", "sections-present", "at least one AI system (kind: ai-system) is needed"));
        }
        Set<String> ids = new HashSet<>();
        for (Section section : content.sections()) {
            if (!ids.add(section.id())) {
                problems.add(new ContentProblem(pkg, "/sections", "unique-id", "section '" + section.id() + "' is listed twice"));
            }
            checkSectionTexts(section, problems);
            for (String term : section.glossary()) {
                if (content.term(term).isEmpty()) {
                    problems.add(new ContentProblem(file(section), "/glossary", "glossary-reference", "term '" + term + "' is not in glossary.yaml"));
                }
            }
            if (section.isAiSystem() && content.questions().stream().noneMatch(q -> q.section().equals(section.id()))) {
                problems.add(new ContentProblem(ContentLoader.QUESTIONS_FILE, "", "question-coverage",
                        "AI system '" + section.id() + "' needs at least one comprehension question"));
            }
        }
        boolean dataHandlingAsked = content.questions().stream()
                .anyMatch(q -> content.section(q.section()).filter(s -> !s.isAiSystem()).isPresent());
        if (!dataHandlingAsked && content.sections().stream().anyMatch(s -> !s.isAiSystem())) {
            problems.add(new ContentProblem(ContentLoader.QUESTIONS_FILE, "", "question-coverage",
                    "at least one comprehension question must be about data handling"));
        }
        for (int i = 0; i < content.glossary().size(); i++) {
            GlossaryEntry entry = content.glossary().get(i);
            for (Language language : Language.values()) {
                var text = entry.text().get(language);
                if (text == null || text.term().isBlank() || text.definition().isBlank()) {
                    problems.add(new ContentProblem(ContentLoader.GLOSSARY_FILE, "/" + i + "/" + language.tag(), "translation-complete",
                            "term '" + entry.id() + "' needs a term and a definition in " + language.tag()));
                }
            }
        }
        for (int i = 0; i < content.questions().size(); i++) {
            checkQuestion(content, content.questions().get(i), "/" + i, problems);
        }
        for (int i = 0; i < content.purposes().size(); i++) {
            checkChoiceText(content.purposes().get(i).text(), "/purposes/" + i + "/text", "purpose '" + content.purposes().get(i).id() + "'", problems);
        }
        checkChoiceText(content.careWithoutAi(), "/care-without-ai/text", "care without AI", problems);
    }

    private static void checkChoiceText(Map<Language, ChoiceText> texts, String pointer, String what, Set<ContentProblem> problems) {
        for (Language language : Language.values()) {
            ChoiceText text = texts.get(language);
            if (text == null || text.label().isBlank() || text.description().isBlank()) {
                problems.add(new ContentProblem(ContentLoader.PACKAGE_FILE, pointer + "/" + language.tag(), "translation-complete",
                        what + " needs a label and a description in " + language.tag()));
            }
        }
    }

    private static void checkSettings(ContentPackage content, Set<ContentProblem> problems) {
        if (content.setting(ContentPackage.CARE_WITHOUT_AI).filter(s -> s.choices().containsKey(ContentPackage.CARE_WITHOUT_AI_OFFERED)).isEmpty()) {
            problems.add(new ContentProblem(ContentLoader.PACKAGE_FILE, "/institution-settings", "setting-missing",
                    "the choice setting '" + ContentPackage.CARE_WITHOUT_AI + "' with a choice 'offered' is needed"));
        }
        for (InstitutionSetting setting : content.settings()) {
            String pointer = "/institution-settings/" + setting.id();
            for (Language language : Language.values()) {
                boolean missing = setting.isChoice()
                        ? setting.choices().values().stream().anyMatch(texts -> !texts.containsKey(language))
                        : !setting.defaultText().containsKey(language);
                if (missing) {
                    problems.add(new ContentProblem(ContentLoader.PACKAGE_FILE, pointer, "translation-complete",
                            "setting '" + setting.id() + "' needs its " + (setting.isChoice() ? "choices' words" : "default") + " in " + language.tag()));
                }
            }
        }
        for (Section section : content.sections()) {
            section.text().forEach((language, byLevel) -> byLevel.forEach((level, text) -> {
                String pointer = "/" + language.tag() + "/" + level.key();
                List<String> all = new ArrayList<>(text.paragraphs());
                all.add(text.title());
                checkPlaceholders(content, file(section), pointer, all, problems);
            }));
        }
        for (int i = 0; i < content.questions().size(); i++) {
            Question question = content.questions().get(i);
            for (var entry : question.text().entrySet()) {
                List<String> all = new ArrayList<>(entry.getValue().options().values());
                all.add(entry.getValue().prompt());
                all.add(entry.getValue().explanation());
                checkPlaceholders(content, ContentLoader.QUESTIONS_FILE, "/" + i + "/" + entry.getKey().tag(), all, problems);
            }
        }
    }

    private static void checkPlaceholders(ContentPackage content, String file, String pointer, List<String> texts, Set<ContentProblem> problems) {
        for (String text : texts) {
            for (String name : ContentPackage.placeholders(text)) {
                if (content.setting(name).isEmpty()) {
                    problems.add(new ContentProblem(file, pointer, "setting-reference",
                            "{" + name + "} is not an institution setting declared in package.yaml"));
                }
            }
        }
    }

    private static void checkSectionTexts(Section section, Set<ContentProblem> problems) {
        for (Language language : Language.values()) {
            for (ReadingLevel level : ReadingLevel.values()) {
                var byLevel = section.text().get(language);
                SectionText text = byLevel == null ? null : byLevel.get(level);
                String pointer = "/" + language.tag() + "/" + level.key();
                if (text == null) {
                    problems.add(new ContentProblem(file(section), pointer, "translation-complete",
                            "the " + level.key() + " text in " + language.tag() + " is missing"));
                } else if (text.title().isBlank() || text.paragraphs().isEmpty() || text.paragraphs().stream().anyMatch(String::isBlank)) {
                    problems.add(new ContentProblem(file(section), pointer, "text-not-empty", "a title and at least one non-empty paragraph are needed"));
                }
            }
        }
    }

    private static void checkQuestion(ContentPackage content, Question question, String pointer, Set<ContentProblem> problems) {
        String file = ContentLoader.QUESTIONS_FILE;
        if (content.section(question.section()).isEmpty()) {
            problems.add(new ContentProblem(file, pointer + "/section", "question-section",
                    question.id() + ": section '" + question.section() + "' does not exist"));
        }
        if (question.options().size() < MIN_QUIZ_OPTIONS) {
            problems.add(new ContentProblem(file, pointer + "/options", "question-options", question.id() + ": a question needs at least "
                    + MIN_QUIZ_OPTIONS + " options, so guessing rarely passes; it has " + question.options().size()));
        }
        if (!question.options().contains(question.misconception()) || question.misconception().equals(question.answer())) {
            problems.add(new ContentProblem(file, pointer + "/misconception", "question-misconception", question.id()
                    + ": name the wrong option that a realistic misunderstanding leads to (misconception: one of the options, not the answer)"));
        }
        if (!question.options().contains(question.answer())) {
            problems.add(new ContentProblem(file, pointer + "/answer", "quiz-answer-valid",
                    question.id() + ": answer '" + question.answer() + "' is not one of the options " + question.options()));
        }
        for (Language language : Language.values()) {
            QuestionText text = question.text().get(language);
            if (text == null || text.prompt().isBlank() || text.explanation().isBlank()) {
                problems.add(new ContentProblem(file, pointer + "/" + language.tag(), "translation-complete",
                        question.id() + ": prompt and explanation are needed in " + language.tag()));
                continue;
            }
            for (String option : question.options()) {
                String label = text.options().get(option);
                if (label == null || label.isBlank()) {
                    problems.add(new ContentProblem(file, pointer + "/" + language.tag() + "/options", "translation-complete",
                            question.id() + ": option '" + option + "' has no text in " + language.tag()));
                }
            }
        }
    }

    private static void checkReadability(ContentPackage content, Set<ContentProblem> problems) {
        for (Section section : content.sections()) {
            for (Language language : Language.values()) {
                for (ReadingLevel level : ReadingLevel.values()) {
                    checkReadability(section, language, level, problems);
                }
            }
        }
    }

    private static void checkReadability(Section section, Language language, ReadingLevel level, Set<ContentProblem> problems) {
        SectionText text = section.text(language, level);
        String pointer = "/" + language.tag() + "/" + level.key();
        for (ReadabilityLimits.Breach breach : ReadabilityLimits.breaches(language, level, Readability.measure(language, text.paragraphs()))) {
            if (breach.measure() == ReadabilityLimits.Measure.LONGEST_SENTENCE) {
                longSentences(section, text, pointer, breach.measure().rule(), problems);
            } else {
                problems.add(new ContentProblem(file(section), pointer, breach.measure().rule(), breach.message()));
            }
        }
    }

    /** Each sentence over the limit, at the line of its paragraph. */
    private static void longSentences(Section section, SectionText text, String pointer, String rule, Set<ContentProblem> problems) {
        for (SectionText.Part part : text.parts()) {
            for (int i = 0; i < part.paragraphs().size(); i++) {
                for (String sentence : Readability.sentences(part.paragraphs().get(i))) {
                    int eojeol = Readability.words(sentence).size();
                    if (eojeol > KOREAN_SIMPLIFIED_MAX_EOJEOL_IN_ANY_SENTENCE) {
                        problems.add(new ContentProblem(file(section), pointer + "/" + paragraphsKey(part) + "/" + i, rule,
                                "a simplified sentence has " + eojeol + " eojeol; none may have more than "
                                        + KOREAN_SIMPLIFIED_MAX_EOJEOL_IN_ANY_SENTENCE + ": \"" + sentence + "\""));
                    }
                }
            }
        }
    }

    private static void checkMedicalTerms(ContentPackage content, List<MedicalTerm> terms, Set<ContentProblem> problems) {
        for (Section section : content.sections()) {
            for (Language language : Language.values()) {
                for (ReadingLevel level : ReadingLevel.values()) {
                    SectionText text = section.text(language, level);
                    String all = text.title() + "\n" + String.join("\n", text.paragraphs());
                    for (MedicalTerm term : terms) {
                        for (String word : term.words().getOrDefault(language, List.of())) {
                            if (uses(all, word, language) && !section.glossary().contains(term.glossary())) {
                                problems.add(new ContentProblem(file(section), "/" + language.tag() + "/" + level.key(), "medical-term",
                                        "uses '" + word + "' without defining it: add '" + term.glossary() + "' to the section's glossary list, or use plainer words"));
                            }
                        }
                    }
                }
            }
        }
        for (int i = 0; i < content.questions().size(); i++) {
            Question question = content.questions().get(i);
            var glossary = content.section(question.section()).map(Section::glossary).orElse(List.of());
            for (var entry : question.text().entrySet()) {
                String all = entry.getValue().prompt() + "\n" + entry.getValue().explanation() + "\n" + String.join("\n", entry.getValue().options().values());
                for (MedicalTerm term : terms) {
                    for (String word : term.words().getOrDefault(entry.getKey(), List.of())) {
                        if (uses(all, word, entry.getKey()) && !glossary.contains(term.glossary())) {
                            problems.add(new ContentProblem(ContentLoader.QUESTIONS_FILE, "/" + i + "/" + entry.getKey().tag(), "medical-term",
                                    question.id() + " uses '" + word + "' but its section does not define '" + term.glossary() + "'; use plainer words"));
                        }
                    }
                }
            }
        }
    }

    private static boolean uses(String text, String word, Language language) {
        if (language == Language.KO) {
            return text.contains(word);
        }
        return Pattern.compile("\\b" + Pattern.quote(word) + "\\b", Pattern.CASE_INSENSITIVE).matcher(text).find();
    }

    private static String paragraphsKey(SectionText.Part part) {
        return part.topic().isEmpty() ? "paragraphs" : part.topic();
    }

    private static String file(Section section) {
        return "sections/" + section.id() + ".yaml";
    }
}
