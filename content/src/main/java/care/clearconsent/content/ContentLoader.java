package care.clearconsent.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the YAML files described in content/README.md into a {@link ContentPackage} and validates it.
 * Every problem found is collected, so an author sees all of them at once.
 */
public final class ContentLoader {

    public static final String CLASSPATH_ROOT = "clearconsent-content";
    static final String PACKAGE_FILE = "package.yaml";
    static final String QUESTIONS_FILE = "questions.yaml";
    static final String GLOSSARY_FILE = "glossary.yaml";

    private final YAMLMapper yaml = YAMLMapper.builder().build();
    private final ContentSource source;
    private final List<ContentProblem> problems = new ArrayList<>();

    private ContentLoader(ContentSource source) {
        this.source = source;
    }

    /** The shipped content, validated; throws {@link InvalidContentException} listing every problem. */
    public static ContentPackage loadShipped() {
        return load(ContentSource.classpath(CLASSPATH_ROOT));
    }

    public static ContentPackage load(ContentSource source) {
        var loader = new ContentLoader(source);
        ContentPackage content = loader.read();
        List<ContentProblem> all = new ArrayList<>(loader.problems);
        if (all.isEmpty()) {
            all.addAll(ContentValidator.validate(content));
        }
        if (!all.isEmpty()) {
            throw new InvalidContentException(all);
        }
        return content;
    }

    private ContentPackage read() {
        JsonNode root = parse(PACKAGE_FILE).orElse(null);
        if (root == null) {
            return new ContentPackage("", List.of(), List.of(), List.of(), false, Map.of(), List.of());
        }
        String version = requiredText(PACKAGE_FILE, root, "version");
        List<Section> sections = new ArrayList<>();
        for (JsonNode id : list(PACKAGE_FILE, root, "sections")) {
            readSection(id.asString()).ifPresent(sections::add);
        }
        List<Question> questions = readQuestions();
        List<Purpose> purposes = new ArrayList<>();
        for (JsonNode purpose : list(PACKAGE_FILE, root, "purposes")) {
            purposes.add(new Purpose(requiredText(PACKAGE_FILE, purpose, "id"), choiceTexts(PACKAGE_FILE, purpose.path("text"))));
        }
        JsonNode careWithoutAi = root.path("care-without-ai");
        return new ContentPackage(version, sections, questions, purposes,
                careWithoutAi.path("offered").asBoolean(false), choiceTexts(PACKAGE_FILE, careWithoutAi.path("text")), readGlossary());
    }

    private Optional<Section> readSection(String id) {
        String file = "sections/" + id + ".yaml";
        Optional<JsonNode> parsed = parse(file);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        JsonNode node = parsed.get();
        if (!id.equals(node.path("id").asString(""))) {
            problem(file, "id", "section-id", "the id inside the file must be '" + id + "', the name package.yaml lists");
        }
        SectionKind kind = switch (node.path("kind").asString("")) {
            case "ai-system" -> SectionKind.AI_SYSTEM;
            case "data-handling" -> SectionKind.DATA_HANDLING;
            default -> {
                problem(file, "kind", "section-kind", "kind must be ai-system or data-handling");
                yield SectionKind.DATA_HANDLING;
            }
        };
        Map<Language, Map<ReadingLevel, SectionText>> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            JsonNode byLanguage = node.path(language.tag());
            Map<ReadingLevel, SectionText> byLevel = new EnumMap<>(ReadingLevel.class);
            for (ReadingLevel level : ReadingLevel.values()) {
                JsonNode text = byLanguage.path(level.key());
                if (text.isObject()) {
                    List<String> paragraphs = new ArrayList<>();
                    text.path("paragraphs").forEach(p -> paragraphs.add(p.asString()));
                    byLevel.put(level, new SectionText(text.path("title").asString(""), paragraphs));
                }
            }
            if (!byLevel.isEmpty()) {
                texts.put(language, byLevel);
            }
        }
        List<String> glossary = new ArrayList<>();
        node.path("glossary").forEach(term -> glossary.add(term.asString()));
        return Optional.of(new Section(id, kind, texts, glossary));
    }

    private List<Question> readQuestions() {
        List<Question> questions = new ArrayList<>();
        JsonNode root = parse(QUESTIONS_FILE).orElse(null);
        if (root == null) {
            return questions;
        }
        if (!root.isArray()) {
            problem(QUESTIONS_FILE, "$", "questions-list", "the file must be a list of questions");
            return questions;
        }
        for (JsonNode node : root) {
            String id = requiredText(QUESTIONS_FILE, node, "id");
            List<String> options = new ArrayList<>();
            node.path("options").forEach(o -> options.add(o.asString()));
            Map<Language, QuestionText> texts = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                JsonNode text = node.path(language.tag());
                if (text.isObject()) {
                    Map<String, String> optionTexts = new LinkedHashMap<>();
                    text.path("options").properties().forEach(e -> optionTexts.put(e.getKey(), e.getValue().asString()));
                    texts.put(language, new QuestionText(text.path("prompt").asString(""), optionTexts, text.path("explanation").asString("")));
                }
            }
            questions.add(new Question(id, node.path("section").asString(""), options, node.path("answer").asString(""), texts));
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
            problem(GLOSSARY_FILE, "$", "glossary-list", "the file must be a list of terms");
            return entries;
        }
        for (JsonNode node : root) {
            Map<Language, GlossaryEntry.GlossaryText> texts = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                JsonNode text = node.path(language.tag());
                if (text.isObject()) {
                    texts.put(language, new GlossaryEntry.GlossaryText(text.path("term").asString(""), text.path("definition").asString("")));
                }
            }
            entries.add(new GlossaryEntry(requiredText(GLOSSARY_FILE, node, "id"), texts));
        }
        return entries;
    }

    private Map<Language, ChoiceText> choiceTexts(String file, JsonNode node) {
        Map<Language, ChoiceText> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            JsonNode text = node.path(language.tag());
            if (text.isObject()) {
                texts.put(language, new ChoiceText(text.path("label").asString(""), text.path("description").asString("")));
            }
        }
        return texts;
    }

    private Optional<JsonNode> parse(String file) {
        Optional<String> text = source.read(file);
        if (text.isEmpty()) {
            problem(file, "$", "file-exists", "the file is missing");
            return Optional.empty();
        }
        try {
            return Optional.of(yaml.readTree(text.get()));
        } catch (JacksonException e) {
            problem(file, e.getLocation() == null ? "$" : "line " + e.getLocation().getLineNr(), "yaml-syntax", e.getOriginalMessage());
            return Optional.empty();
        }
    }

    private Iterable<JsonNode> list(String file, JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isArray()) {
            problem(file, field, "required-list", "'" + field + "' must be a list");
            return List.of();
        }
        return value;
    }

    private String requiredText(String file, JsonNode node, String field) {
        String value = node.path(field).asString("");
        if (value.isBlank()) {
            problem(file, field, "required-field", "'" + field + "' is missing or empty");
        }
        return value;
    }

    private void problem(String file, String location, String rule, String message) {
        problems.add(new ContentProblem(file, location, rule, message));
    }
}
