package care.clearconsent.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules every published content package must meet; each broken rule becomes a {@link ContentProblem}. */
public final class ContentValidator {

    private ContentValidator() {
    }

    public static List<ContentProblem> validate(ContentPackage content) {
        List<ContentProblem> problems = new ArrayList<>();
        if (content.sections().isEmpty()) {
            problems.add(new ContentProblem(ContentLoader.PACKAGE_FILE, "sections", "sections-present", "at least one section is needed"));
        }
        Set<String> ids = new HashSet<>();
        for (Section section : content.sections()) {
            if (!ids.add(section.id())) {
                problems.add(new ContentProblem(ContentLoader.PACKAGE_FILE, "sections", "unique-id", "section '" + section.id() + "' is listed twice"));
            }
            checkSectionTexts(section, problems);
            for (String term : section.glossary()) {
                if (content.term(term).isEmpty()) {
                    problems.add(new ContentProblem("sections/" + section.id() + ".yaml", "glossary", "glossary-reference",
                            "term '" + term + "' is not in glossary.yaml"));
                }
            }
        }
        for (GlossaryEntry entry : content.glossary()) {
            for (Language language : Language.values()) {
                var text = entry.text().get(language);
                if (text == null || text.term().isBlank() || text.definition().isBlank()) {
                    problems.add(new ContentProblem(ContentLoader.GLOSSARY_FILE, entry.id() + "." + language.tag(), "translation-complete",
                            "term and definition are needed in " + language.tag()));
                }
            }
        }
        for (Question question : content.questions()) {
            checkQuestion(content, question, problems);
        }
        for (Purpose purpose : content.purposes()) {
            for (Language language : Language.values()) {
                var text = purpose.text().get(language);
                if (text == null || text.label().isBlank() || text.description().isBlank()) {
                    problems.add(new ContentProblem(ContentLoader.PACKAGE_FILE, "purposes." + purpose.id() + ".text." + language.tag(),
                            "translation-complete", "purpose needs a label and a description in " + language.tag()));
                }
            }
        }
        if (content.careWithoutAiOffered()) {
            for (Language language : Language.values()) {
                var text = content.careWithoutAi().get(language);
                if (text == null || text.label().isBlank() || text.description().isBlank()) {
                    problems.add(new ContentProblem(ContentLoader.PACKAGE_FILE, "care-without-ai.text." + language.tag(),
                            "translation-complete", "care without AI needs a label and a description in " + language.tag()));
                }
            }
        }
        return problems;
    }

    private static void checkSectionTexts(Section section, List<ContentProblem> problems) {
        String file = "sections/" + section.id() + ".yaml";
        for (Language language : Language.values()) {
            for (ReadingLevel level : ReadingLevel.values()) {
                var byLevel = section.text().get(language);
                SectionText text = byLevel == null ? null : byLevel.get(level);
                String location = language.tag() + "." + level.key();
                if (text == null) {
                    problems.add(new ContentProblem(file, location, "translation-complete", "the " + level.key() + " text in " + language.tag() + " is missing"));
                } else if (text.title().isBlank() || text.paragraphs().isEmpty() || text.paragraphs().stream().anyMatch(String::isBlank)) {
                    problems.add(new ContentProblem(file, location, "text-not-empty", "a title and at least one non-empty paragraph are needed"));
                }
            }
        }
    }

    private static void checkQuestion(ContentPackage content, Question question, List<ContentProblem> problems) {
        String file = ContentLoader.QUESTIONS_FILE;
        String where = question.id();
        if (content.section(question.section()).isEmpty()) {
            problems.add(new ContentProblem(file, where + ".section", "question-section", "section '" + question.section() + "' does not exist"));
        }
        if (question.options().size() < 2) {
            problems.add(new ContentProblem(file, where + ".options", "question-options", "a question needs at least two options"));
        }
        if (!question.options().contains(question.answer())) {
            problems.add(new ContentProblem(file, where + ".answer", "quiz-answer-valid", "answer '" + question.answer() + "' is not one of the options " + question.options()));
        }
        for (Language language : Language.values()) {
            QuestionText text = question.text().get(language);
            if (text == null || text.prompt().isBlank() || text.explanation().isBlank()) {
                problems.add(new ContentProblem(file, where + "." + language.tag(), "translation-complete", "prompt and explanation are needed in " + language.tag()));
                continue;
            }
            for (String option : question.options()) {
                String label = text.options().get(option);
                if (label == null || label.isBlank()) {
                    problems.add(new ContentProblem(file, where + "." + language.tag() + ".options." + option, "translation-complete", "option '" + option + "' has no text in " + language.tag()));
                }
            }
        }
    }
}
