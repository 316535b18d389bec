package care.clearconsent.speech.internal;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** Applies a regular-expression rewrite where each match is replaced by what a function makes of it. */
final class Rewrites {

    private Rewrites() {
    }

    static String replace(String text, Pattern pattern, Function<MatchResult, String> replacement) {
        return pattern.matcher(text).replaceAll(match -> java.util.regex.Matcher.quoteReplacement(replacement.apply(match)));
    }
}
