package care.clearconsent.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the YAML files described in content/README.md into a {@link ContentPackage} and validates it.
 * Every problem found is collected, with the file and line it is on, so an author sees all of them at once.
 */
public final class ContentLoader {

    public static final String CLASSPATH_ROOT = "clearconsent-content";
    static final String PACKAGE_FILE = "package.yaml";
    static final String QUESTIONS_FILE = "questions.yaml";
    static final String GLOSSARY_FILE = "glossary.yaml";
    static final String AGREEMENT_FILE = "agreement.yaml";
    static final String MEDICAL_TERMS_FILE = "medical-terms.yaml";
    static final String PROMISES_FILE = "promises.yaml";
    private static final Set<String> DATA_LOCATIONS = Set.of("on-site", "cloud-korea");

    private final YAMLMapper yaml = YAMLMapper.builder().build();
    private final ContentSource source;
    private final List<ContentProblem> problems = new ArrayList<>();
    /** Each parsed file's text: lines are looked up only when there is a problem to report. */
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, LineIndex> lineIndexes = new HashMap<>();
    private final List<MedicalTerm> medicalTerms = new ArrayList<>();
    private final Map<String, List<LevelFact>> levelFacts = new LinkedHashMap<>();
    private AuthoringRules.Promises promises = new AuthoringRules.Promises(Map.of(), List.of());

    private ContentLoader(ContentSource source) {
        this.source = source;
    }

    /** The shipped content, validated; throws {@link InvalidContentException} listing every problem. */
    public static ContentPackage loadShipped() {
        return load(ContentSource.classpath(CLASSPATH_ROOT));
    }

    /**
     * Copies the shipped content's files into {@code folder}, laid out as {@code CLEARCONSENT_CONTENT_DIRECTORY}
     * expects: where an institution starts its own content from, and a folder tests can edit.
     */
    public static void copyShipped(java.nio.file.Path folder) {
        ContentSource shipped = ContentSource.classpath(CLASSPATH_ROOT);
        List<String> files = new ArrayList<>(List.of(PACKAGE_FILE, QUESTIONS_FILE, GLOSSARY_FILE, MEDICAL_TERMS_FILE, AGREEMENT_FILE, PROMISES_FILE, SmsTemplates.FILE));
        loadShipped().sections().forEach(section -> files.add("sections/" + section.id() + ".yaml"));
        try {
            for (String file : files) {
                java.nio.file.Path target = folder.resolve(file);
                java.nio.file.Files.createDirectories(target.getParent());
                java.nio.file.Files.writeString(target, shipped.read(file).orElseThrow());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static ContentPackage load(ContentSource source) {
        var loader = new ContentLoader(source);
        ContentPackage content = loader.read();
        List<ContentProblem> all = new ArrayList<>(loader.problems);
        if (all.isEmpty()) {
            all.addAll(ContentValidator.validate(content, new AuthoringRules(loader.medicalTerms, loader.promises, loader.levelFacts)));
        }
        if (!all.isEmpty()) {
            throw new InvalidContentException(all.stream().map(loader::withLine).toList());
        }
        return content;
    }

    private ContentProblem withLine(ContentProblem problem) {
        String text = texts.get(problem.file());
        return text == null || problem.line() > 0 ? problem : problem.atLine(lineIndexes.computeIfAbsent(problem.file(), file -> new LineIndex(yaml, text)).lineOf(problem.location()));
    }

    private ContentPackage read() {
        JsonNode root = parse(PACKAGE_FILE).orElse(null);
        if (root == null) {
            return new ContentPackage("", List.of(), List.of(), List.of(), Map.of(), List.of(), List.of(), List.of(), Map.of(), false);
        }
        Map<String, Map<Language, String>> cardHeadings = readCardHeadings(root.path("card-topics"));
        List<Section> sections = new ArrayList<>();
        for (JsonNode id : list(PACKAGE_FILE, root, "sections")) {
            readSection(id.asString(), cardHeadings).ifPresent(sections::add);
        }
        List<Question> questions = readQuestions();
        List<Purpose> purposes = new ArrayList<>();
        int index = 0;
        for (JsonNode purpose : list(PACKAGE_FILE, root, "purposes")) {
            purposes.add(new Purpose(requiredText(PACKAGE_FILE, "/purposes/" + index++, purpose, "id"), choiceTexts(purpose.path("text"))));
        }
        readMedicalTerms();
        readPromises();
        JsonNode demonstration = root.path("demonstration");
        if (!demonstration.isBoolean()) {
            problem(PACKAGE_FILE, "/demonstration", "required-field",
                    "'demonstration' must be true (example systems and figures, not this institution's) or false");
        }
        return new ContentPackage("", sections, questions, purposes, choiceTexts(root.path("care-without-ai").path("text")),
                readGlossary(), readRecipients(root), readSettings(root), readAgreement(), demonstration.asBoolean(true));
    }

    /** The words agreed to ({@code agreement.yaml}): every key of {@link ContentPackage#AGREEMENT_KEYS} in every language. */
    private Map<Language, Map<String, String>> readAgreement() {
        Map<Language, Map<String, String>> agreement = new EnumMap<>(Language.class);
        JsonNode root = parse(AGREEMENT_FILE).orElse(null);
        for (Language language : Language.values()) {
            Map<String, String> texts = new LinkedHashMap<>();
            for (String key : ContentPackage.AGREEMENT_KEYS) {
                String text = root == null ? "" : root.path(language.tag()).path(key).asString("");
                if (text.isBlank()) {
                    problem(AGREEMENT_FILE, "/" + language.tag() + "/" + key, "translation-complete",
                            "the words agreed to need '" + key + "' in " + language.tag());
                }
                texts.put(key, text);
            }
            agreement.put(language, texts);
        }
        return agreement;
    }

    private Map<String, Map<Language, String>> readCardHeadings(JsonNode node) {
        Map<String, Map<Language, String>> headings = new LinkedHashMap<>();
        for (String topic : CardTopic.REQUIRED) {
            Map<Language, String> byLanguage = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                String heading = node.path(topic).path(language.tag()).asString("");
                if (heading.isBlank()) {
                    problem(PACKAGE_FILE, "/card-topics/" + topic, "translation-complete", "card topic '" + topic + "' needs a heading in " + language.tag());
                }
                byLanguage.put(language, heading);
            }
            headings.put(topic, byLanguage);
        }
        return headings;
    }

    private Optional<Section> readSection(String id, Map<String, Map<Language, String>> cardHeadings) {
        String file = "sections/" + id + ".yaml";
        Optional<JsonNode> parsed = parse(file);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        JsonNode node = parsed.get();
        if (!id.equals(node.path("id").asString(""))) {
            problem(file, "/id", "section-id", "the id inside the file must be '" + id + "', the name package.yaml lists");
        }
        SectionKind kind = switch (node.path("kind").asString("")) {
            case "ai-system" -> SectionKind.AI_SYSTEM;
            case "data-handling" -> SectionKind.DATA_HANDLING;
            default -> {
                problem(file, "/kind", "section-kind", "kind must be ai-system or data-handling");
                yield SectionKind.DATA_HANDLING;
            }
        };
        Map<Language, Map<ReadingLevel, SectionText>> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<ReadingLevel, SectionText> byLevel = new EnumMap<>(ReadingLevel.class);
            for (ReadingLevel level : ReadingLevel.values()) {
                JsonNode text = node.path(language.tag()).path(level.key());
                if (text.isObject()) {
                    String pointer = "/" + language.tag() + "/" + level.key();
                    byLevel.put(level, kind == SectionKind.AI_SYSTEM
                            ? readCardText(file, pointer, text, language, cardHeadings)
                            : SectionText.plain(text.path("title").asString(""), strings(text.path("paragraphs"))));
                }
            }
            if (!byLevel.isEmpty()) {
                texts.put(language, byLevel);
            }
        }
        SystemFacts facts = kind == SectionKind.AI_SYSTEM ? readFacts(file, node.path("system")) : null;
        levelFacts.put(id, readLevelFacts(node.path("facts")));
        return Optional.of(new Section(id, kind, texts, strings(node.path("glossary")), facts));
    }

    /** The facts every level must state ({@code facts:}), each with the words that show a text states it. */
    private static List<LevelFact> readLevelFacts(JsonNode node) {
        List<LevelFact> facts = new ArrayList<>();
        for (JsonNode fact : node) {
            Map<Language, List<String>> markers = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                markers.put(language, strings(fact.path(language.tag())));
            }
            facts.add(new LevelFact(fact.path("id").asString(""), markers));
        }
        return facts;
    }

    /** The words that make a sentence an absolute promise, and the sentences allowed to make one ({@code promises.yaml}). */
    private void readPromises() {
        JsonNode root = parse(PROMISES_FILE).orElse(null);
        if (root == null) {
            return;
        }
        Map<Language, List<String>> words = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            List<String> listed = strings(root.path("absolute-words").path(language.tag()));
            if (listed.isEmpty()) {
                problem(PROMISES_FILE, "/absolute-words", "translation-complete", "absolute words are needed in " + language.tag());
            }
            words.put(language, listed);
        }
        List<AuthoringRules.Allowed> allowed = new ArrayList<>();
        int index = 0;
        for (JsonNode entry : root.path("allowed")) {
            String pointer = "/allowed/" + index++;
            allowed.add(new AuthoringRules.Allowed(requiredText(PROMISES_FILE, pointer, entry, "text"),
                    requiredText(PROMISES_FILE, pointer, entry, "why"), pointer));
        }
        promises = new AuthoringRules.Promises(words, allowed);
    }

    private SectionText readCardText(String file, String pointer, JsonNode text, Language language,
                                     Map<String, Map<Language, String>> cardHeadings) {
        List<SectionText.Part> parts = new ArrayList<>();
        for (String topic : CardTopic.REQUIRED) {
            JsonNode paragraphs = text.path(topic);
            if (!paragraphs.isArray() || paragraphs.isEmpty()) {
                problem(file, pointer, "card-topic", "the fact card has no '" + topic + "' part (a list of paragraphs)");
                continue;
            }
            parts.add(new SectionText.Part(topic, cardHeadings.get(topic).get(language), strings(paragraphs)));
        }
        text.properties().forEach(field -> {
            if (!"title".equals(field.getKey()) && !CardTopic.REQUIRED.contains(field.getKey())) {
                problem(file, pointer + "/" + field.getKey(), "card-topic",
                        "'" + field.getKey() + "' is not a card topic; the topics are " + CardTopic.REQUIRED);
            }
        });
        return new SectionText(text.path("title").asString(""), parts);
    }

    private SystemFacts readFacts(String file, JsonNode system) {
        String product = requiredText(file, "/system", system, "product");
        String modelVersion = requiredText(file, "/system", system, "model-version");
        List<String> locations = strings(system.path("data-locations"));
        if (locations.isEmpty()) {
            problem(file, "/system/data-locations", "data-locations", "name where the data is processed: on-site, cloud-korea or abroad:<country>");
        }
        for (String location : locations) {
            if (!DATA_LOCATIONS.contains(location) && !location.matches("abroad:[A-Za-z -]+")) {
                problem(file, "/system/data-locations", "data-locations", "'" + location + "' is not on-site, cloud-korea or abroad:<country>");
            }
        }
        JsonNode staff = system.path("staff");
        List<StaffAttribute> attributes = new ArrayList<>();
        for (String key : StaffAttributes.KEYS) {
            String value = staff.path(key).asString("");
            if (value.isBlank()) {
                problem(file, "/system/staff", "staff-attribute", "the staff face needs '" + key + "' (HTI-1 / CHAI model card)");
            }
            attributes.add(new StaffAttribute(key, value.strip()));
        }
        staff.properties().forEach(field -> {
            if (!StaffAttributes.KEYS.contains(field.getKey())) {
                problem(file, "/system/staff/" + field.getKey(), "staff-attribute", "'" + field.getKey() + "' is not a staff attribute; see StaffAttributes");
            }
        });
        return new SystemFacts(product, modelVersion, system.path("material-update").asBoolean(false), locations, attributes);
    }

    private List<Question> readQuestions() {
        List<Question> questions = new ArrayList<>();
        JsonNode root = parse(QUESTIONS_FILE).orElse(null);
        if (root == null) {
            return questions;
        }
        if (!root.isArray()) {
            problem(QUESTIONS_FILE, "", "questions-list", "the file must be a list of questions");
            return questions;
        }
        int index = 0;
        for (JsonNode node : root) {
            String id = requiredText(QUESTIONS_FILE, "/" + index++, node, "id");
            Map<Language, QuestionText> texts = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                JsonNode text = node.path(language.tag());
                if (text.isObject()) {
                    Map<String, String> optionTexts = new LinkedHashMap<>();
                    text.path("options").properties().forEach(e -> optionTexts.put(e.getKey(), e.getValue().asString()));
                    texts.put(language, new QuestionText(text.path("prompt").asString(""), optionTexts, text.path("explanation").asString("")));
                }
            }
            questions.add(new Question(id, node.path("section").asString(""), strings(node.path("options")), node.path("answer").asString(""),
                    node.path("misconception").asString(""), texts));
        }
        return questions;
    }

    private List<GlossaryEntry> readGlossary() {
        List<GlossaryEntry> entries = new ArrayList<>();
        JsonNode root = parse(GLOSSARY_FILE).orElse(null);
        if (root == null) {
            return entries;
        }
        if (!root.isArray()) {
            problem(GLOSSARY_FILE, "", "glossary-list", "the file must be a list of terms");
            return entries;
        }
        int index = 0;
        for (JsonNode node : root) {
            Map<Language, GlossaryEntry.GlossaryText> texts = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                JsonNode text = node.path(language.tag());
                if (text.isObject()) {
                    texts.put(language, new GlossaryEntry.GlossaryText(text.path("term").asString(""), text.path("definition").asString("")));
                }
            }
            entries.add(new GlossaryEntry(requiredText(GLOSSARY_FILE, "/" + index++, node, "id"), texts));
        }
        return entries;
    }

    private void readMedicalTerms() {
        JsonNode root = parse(MEDICAL_TERMS_FILE).orElse(null);
        if (root == null) {
            return;
        }
        int index = 0;
        for (JsonNode node : root) {
            Map<Language, List<String>> words = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                words.put(language, strings(node.path(language.tag())));
            }
            medicalTerms.add(new MedicalTerm(requiredText(MEDICAL_TERMS_FILE, "/" + index++, node, "glossary"), words));
        }
    }

    private List<Recipient> readRecipients(JsonNode root) {
        List<Recipient> recipients = new ArrayList<>();
        int index = 0;
        for (JsonNode node : list(PACKAGE_FILE, root, "recipients")) {
            recipients.add(new Recipient(requiredText(PACKAGE_FILE, "/recipients/" + index++, node, "id"), node.path("country").asString("")));
        }
        return recipients;
    }

    private List<InstitutionSetting> readSettings(JsonNode root) {
        List<InstitutionSetting> settings = new ArrayList<>();
        JsonNode node = root.path("institution-settings");
        node.properties().forEach(field -> {
            JsonNode setting = field.getValue();
            String pointer = "/institution-settings/" + field.getKey();
            Map<String, Map<Language, String>> choices = new LinkedHashMap<>();
            setting.path("choices").properties().forEach(choice -> choices.put(choice.getKey(), languageTexts(choice.getValue())));
            String defaultChoice = setting.path("default-choice").asString("");
            if (!choices.isEmpty() && !choices.containsKey(defaultChoice)) {
                problem(PACKAGE_FILE, pointer, "setting-default", "default-choice must be one of " + choices.keySet());
            }
            settings.add(new InstitutionSetting(field.getKey(), requiredText(PACKAGE_FILE, pointer, setting, "description"),
                    languageTexts(setting.path("default")), choices, defaultChoice, null, setting.path("required").asBoolean(false)));
        });
        return settings;
    }

    private static Map<Language, String> languageTexts(JsonNode node) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String text = node.path(language.tag()).asString("");
            if (!text.isBlank()) {
                texts.put(language, text);
            }
        }
        return texts;
    }

    private Map<Language, ChoiceText> choiceTexts(JsonNode node) {
        Map<Language, ChoiceText> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            JsonNode text = node.path(language.tag());
            if (text.isObject()) {
                texts.put(language, new ChoiceText(text.path("label").asString(""), text.path("description").asString("")));
            }
        }
        return texts;
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.forEach(value -> values.add(value.asString()));
        return values;
    }

    private Optional<JsonNode> parse(String file) {
        Optional<String> text = source.read(file);
        if (text.isEmpty()) {
            problem(file, "", "file-exists", "the file is missing");
            return Optional.empty();
        }
        try {
            JsonNode node = yaml.readTree(text.get());
            texts.put(file, text.get());
            return Optional.of(node);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new ContentProblem(file, line, "", "yaml-syntax", e.getOriginalMessage()));
            return Optional.empty();
        }
    }

    private Iterable<JsonNode> list(String file, JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isArray()) {
            problem(file, "/" + field, "required-list", "'" + field + "' must be a list");
            return List.of();
        }
        return value;
    }

    private String requiredText(String file, String pointer, JsonNode node, String field) {
        String value = node.path(field).asString("");
        if (value.isBlank()) {
            problem(file, pointer + "/" + field, "required-field", "'" + field + "' is missing or empty");
        }
        return value;
    }

    private void problem(String file, String location, String rule, String message) {
        problems.add(new ContentProblem(file, location, rule, message));
    }
}
