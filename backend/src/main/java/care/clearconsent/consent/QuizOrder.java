package care.clearconsent.consent;

import care.clearconsent.content.ContentPackage;
import care.clearconsent.content.Question;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * Draws the order of each quiz question's choices for a new journey, so the right answer is not always in the same
 * place. A fixed seed (a test setting) makes the draws repeatable; otherwise they come from a secure random source.
 */
@Component
class QuizOrder {

    private final Random random;

    QuizOrder(JourneyProperties properties) {
        this.random = properties.quizOrderSeed() == null ? new SecureRandom() : new Random(properties.quizOrderSeed());
    }

    Map<String, List<String>> draw(ContentPackage content) {
        Map<String, List<String>> order = new LinkedHashMap<>();
        for (Question question : content.questions()) {
            List<String> options = new ArrayList<>(question.options());
            synchronized (random) {
                Collections.shuffle(options, random);
            }
            order.put(question.id(), List.copyOf(options));
        }
        return order;
    }
}
