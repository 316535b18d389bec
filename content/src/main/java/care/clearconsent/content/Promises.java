package care.clearconsent.content;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The absolute-promise rule: a sentence with an absolute word (never, always, nobody, at any time, ...) is a promise
 * a patient relies on. It passes only when an institution setting stands behind it (the sentence names one as
 * {@code {id}}, or is one's words) or {@code promises.yaml} allows it with the reason it holds. Allowances no text
 * uses any more are reported too, so the list does not outlive the sentences it was written for.
 */
final class Promises {

    private Promises() {
    }

    static void check(ContentPackage content, AuthoringRules.Promises promises, Set<ContentProblem> problems) {
        Set<AuthoringRules.Allowed> used = new HashSet<>();
        var checker = new Checker(promises, used, problems);
        for (Section section : content.sections()) {
            String file = "sections/" + section.id() + ".yaml";
            section.text().forEach((language, byLevel) -> byLevel.forEach((level, text) -> {
                String pointer = "/" + language.tag() + "/" + level.key();
                checker.check(file, pointer + "/title", language, text.title());
                for (SectionText.Part part : text.parts()) {
                    String key = part.topic().isEmpty() ? "paragraphs" : part.topic();
                    for (int i = 0; i < part.paragraphs().size(); i++) {
                        checker.check(file, pointer + "/" + key + "/" + i, language, part.paragraphs().get(i));
                    }
                }
            }));
        }
        for (int i = 0; i < content.questions().size(); i++) {
            Question question = content.questions().get(i);
            for (var text : question.text().entrySet()) {
                String pointer = "/" + i + "/" + text.getKey().tag();
                checker.check(ContentLoader.QUESTIONS_FILE, pointer + "/prompt", text.getKey(), text.getValue().prompt());
                checker.check(ContentLoader.QUESTIONS_FILE, pointer + "/explanation", text.getKey(), text.getValue().explanation());
                text.getValue().options().forEach((option, label) ->
                        checker.check(ContentLoader.QUESTIONS_FILE, pointer + "/options/" + option, text.getKey(), label));
            }
        }
        for (int i = 0; i < content.glossary().size(); i++) {
            int index = i;
            content.glossary().get(i).text().forEach((language, text) ->
                    checker.check(ContentLoader.GLOSSARY_FILE, "/" + index + "/" + language.tag() + "/definition", language, text.definition()));
        }
        for (int i = 0; i < content.purposes().size(); i++) {
            int index = i;
            content.purposes().get(i).text().forEach((language, text) -> {
                String pointer = "/purposes/" + index + "/text/" + language.tag();
                checker.check(ContentLoader.PACKAGE_FILE, pointer + "/label", language, text.label());
                checker.check(ContentLoader.PACKAGE_FILE, pointer + "/description", language, text.description());
            });
        }
        content.careWithoutAi().forEach((language, text) ->
                checker.check(ContentLoader.PACKAGE_FILE, "/care-without-ai/text/" + language.tag() + "/description", language, text.description()));
        content.agreement().forEach((language, texts) -> texts.forEach((key, text) ->
                checker.check(ContentLoader.AGREEMENT_FILE, "/" + language.tag() + "/" + key, language, text)));
        for (AuthoringRules.Allowed allowed : promises.allowed()) {
            if (!used.contains(allowed)) {
                problems.add(new ContentProblem(ContentLoader.PROMISES_FILE, allowed.pointer(), "absolute-promise",
                        "no text says \"" + allowed.text() + "\" any more: remove the allowance"));
            }
        }
    }

    private record Checker(AuthoringRules.Promises promises, Set<AuthoringRules.Allowed> used, Set<ContentProblem> problems,
                           java.util.Map<String, Pattern> englishWords) {

        /** English words are matched whole and in any case; their patterns are compiled once, not per sentence. */
        Checker(AuthoringRules.Promises promises, Set<AuthoringRules.Allowed> used, Set<ContentProblem> problems) {
            this(promises, used, problems, promises.words().getOrDefault(Language.EN, List.of()).stream().collect(java.util.stream.Collectors
                    .toMap(word -> word, word -> Pattern.compile("\\b" + Pattern.quote(word) + "\\b", Pattern.CASE_INSENSITIVE), (a, b) -> a)));
        }

        void check(String file, String pointer, Language language, String text) {
            for (String sentence : Readability.sentences(text)) {
                List<String> absolutes = absoluteWords(language, sentence);
                if (absolutes.isEmpty() || !ContentPackage.placeholders(sentence).isEmpty()) {
                    continue;
                }
                var allowance = promises.allowed().stream().filter(allowed -> sentence.contains(allowed.text())).findFirst();
                if (allowance.isPresent()) {
                    used.add(allowance.get());
                } else {
                    problems.add(new ContentProblem(file, pointer, "absolute-promise", "\"" + sentence + "\" promises " + absolutes
                            + " with no institution setting behind it: name a setting as {id}, soften it, or allow it in promises.yaml with why it holds"));
                }
            }
        }

        private List<String> absoluteWords(Language language, String sentence) {
            return promises.words().getOrDefault(language, List.of()).stream().filter(word -> language == Language.KO
                    ? sentence.contains(word)
                    : englishWords.get(word).matcher(sentence).find())
                    .map(word -> word.toLowerCase(Locale.ROOT)).toList();
        }
    }
}
