package care.clearconsent.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The text messages sent to patients ({@code sms.yaml}), checked the way Korean carriers count them: every character
 * must exist in EUC-KR, and a text with each placeholder at its longest must fit its declared type (90 bytes for an
 * SMS, 2,000 for an LMS). A broken file is refused with its file, line and rule, which fails the build.
 */
public final class SmsTemplates {

    public static final String FILE = "sms.yaml";
    public static final Charset EUC_KR = Charset.forName("EUC-KR");
    /** Every message the application sends; each must be in the file, in every language. */
    public static final List<String> KINDS = List.of("decide-later", "appointment", "content-changed", "withdrawal-recorded",
            "request-answered", "receipt");
    /** Placeholders every message carries: the personal link and the opt-out link. */
    static final Set<String> REQUIRED = Set.of("institution", "link", "stop");
    static final Set<String> KNOWN = Set.of("institution", "link", "stop", "date");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+)}");

    /** A carrier's message type and the most EUC-KR bytes it holds. */
    public enum Type {
        SMS(90), LMS(2000);

        private final int maxBytes;

        Type(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        public int maxBytes() {
            return maxBytes;
        }
    }

    public record Template(String kind, Type type, Map<Language, String> texts) {
    }

    private final Map<String, Template> templates;
    private final Map<String, Integer> placeholderBytes;

    private SmsTemplates(Map<String, Template> templates, Map<String, Integer> placeholderBytes) {
        this.templates = templates;
        this.placeholderBytes = placeholderBytes;
    }

    public static SmsTemplates loadShipped() {
        return load(ContentSource.classpath(ContentLoader.CLASSPATH_ROOT));
    }

    /** Throws {@link InvalidContentException} listing every problem, each with its line. */
    public static SmsTemplates load(ContentSource source) {
        String text = source.read(FILE).orElse(null);
        if (text == null) {
            throw new InvalidContentException(List.of(new ContentProblem(FILE, "", "file-missing", "the text messages' file is missing")));
        }
        YAMLMapper yaml = new YAMLMapper();
        JsonNode root;
        try {
            root = yaml.readTree(text);
        } catch (RuntimeException unreadable) {
            throw new InvalidContentException(List.of(new ContentProblem(FILE, "", "yaml-syntax", String.valueOf(unreadable.getMessage()))));
        }
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, Integer> lengths = placeholderLengths(root.path("placeholders"), problems);
        Map<String, Template> templates = new LinkedHashMap<>();
        for (String kind : KINDS) {
            JsonNode node = root.path("messages").path(kind);
            String at = "/messages/" + kind;
            if (node.isMissingNode()) {
                problems.add(new ContentProblem(FILE, "/messages", "sms-missing", "'" + kind + "' is not in the file: the application sends it"));
                continue;
            }
            Type type = switch (node.path("type").asString("")) {
                case "sms" -> Type.SMS;
                case "lms" -> Type.LMS;
                default -> {
                    problems.add(new ContentProblem(FILE, at + "/type", "sms-type", "type must be sms (90 bytes) or lms (2,000 bytes)"));
                    yield null;
                }
            };
            Map<Language, String> texts = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                String message = node.path(language.tag()).asString("");
                String place = at + "/" + language.tag();
                if (message.isBlank()) {
                    problems.add(new ContentProblem(FILE, place, "sms-missing", "'" + kind + "' has no " + language.tag() + " text"));
                    continue;
                }
                texts.put(language, message);
                problems.addAll(check(kind, message, type, place, lengths));
            }
            node.properties().forEach(entry -> {
                if (!Set.of("type", "ko", "en").contains(entry.getKey())) {
                    problems.add(new ContentProblem(FILE, at + "/" + entry.getKey(), "unknown-field", "'" + entry.getKey() + "' is not a field of a message"));
                }
            });
            if (type != null) {
                templates.put(kind, new Template(kind, type, Map.copyOf(texts)));
            }
        }
        if (!problems.isEmpty()) {
            LineIndex lines = new LineIndex(yaml, text);
            throw new InvalidContentException(problems.stream().map(problem -> problem.atLine(lines.lineOf(problem.location()))).toList());
        }
        return new SmsTemplates(templates, lengths);
    }

    private static Map<String, Integer> placeholderLengths(JsonNode node, List<ContentProblem> problems) {
        Map<String, Integer> lengths = new LinkedHashMap<>();
        for (String name : KNOWN) {
            JsonNode length = node.path(name);
            if (!length.isInt() || length.asInt() < 1) {
                problems.add(new ContentProblem(FILE, "/placeholders/" + name, "sms-placeholder", "the longest " + name + " must be given in bytes"));
            } else {
                lengths.put(name, length.asInt());
            }
        }
        return lengths;
    }

    private static List<ContentProblem> check(String kind, String message, Type type, String place, Map<String, Integer> lengths) {
        List<ContentProblem> problems = new ArrayList<>();
        CharsetEncoder encoder = EUC_KR.newEncoder();
        message.codePoints().filter(c -> !encoder.canEncode(Character.toString(c))).distinct().forEach(c -> problems.add(new ContentProblem(FILE, place,
                "sms-charset", "'" + Character.toString(c) + "' (U+" + String.format("%04X", c) + ") cannot be sent: it is not in EUC-KR")));
        Set<String> used = new java.util.HashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message);
        int longest = 0;
        StringBuilder literal = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            String name = matcher.group(1);
            literal.append(message, last, matcher.start());
            last = matcher.end();
            used.add(name);
            if (!KNOWN.contains(name) || ("date".equals(name) && !"appointment".equals(kind))) {
                problems.add(new ContentProblem(FILE, place, "sms-placeholder", "{" + name + "} is not filled in for " + kind));
            } else {
                longest += lengths.getOrDefault(name, 0);
            }
        }
        literal.append(message.substring(last));
        for (String required : REQUIRED) {
            if (!used.contains(required)) {
                problems.add(new ContentProblem(FILE, place, "sms-placeholder", "{" + required + "} is required in every message"));
            }
        }
        if (type != null && problems.isEmpty()) {
            int bytes = eucKrBytes(literal.toString()) + longest;
            if (bytes > type.maxBytes()) {
                problems.add(new ContentProblem(FILE, place, "sms-length", kind + " is " + bytes + " bytes in EUC-KR with its placeholders at their longest; "
                        + type.name().toLowerCase(java.util.Locale.ROOT) + " holds " + type.maxBytes()));
            }
        }
        return problems;
    }

    /** The length a Korean carrier counts. */
    public static int eucKrBytes(String text) {
        try {
            ByteBuffer bytes = EUC_KR.newEncoder().encode(CharBuffer.wrap(text));
            return bytes.remaining();
        } catch (CharacterCodingException notEncodable) {
            throw new IllegalArgumentException("not EUC-KR text", notEncodable);
        }
    }

    public Template template(String kind) {
        Template template = templates.get(kind);
        if (template == null) {
            throw new IllegalArgumentException("no text message " + kind);
        }
        return template;
    }

    /** The most bytes a placeholder may take, as the file declares. */
    public int placeholderBytes(String name) {
        return placeholderBytes.get(name);
    }

    /** The message with its placeholders filled in; a value longer than its declared length is refused. */
    public String render(String kind, Language language, Map<String, String> values) {
        String text = template(kind).texts().get(language);
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("{" + name + "} has no value");
            }
            if (eucKrBytes(value) > placeholderBytes.get(name)) {
                throw new IllegalArgumentException("{" + name + "} is longer than " + placeholderBytes.get(name) + " bytes");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
