package care.clearconsent.evidence;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * {@code java -jar clearconsent.jar verify pack.zip --key <verifier key> [--lang ko|en]}: checks a pack offline and
 * prints, in plain words, what holds and what does not. Exit code 0 when everything holds, 1 when something does
 * not, 2 when the command was used wrongly. Starts nothing: no database, no web server.
 */
public final class PackVerifierCommand {

    private PackVerifierCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        String pack = null;
        String key = null;
        Locale locale = Locale.getDefault().getLanguage().equals("ko") ? Locale.KOREAN : Locale.ENGLISH;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--key" -> key = args[++i].strip();
                    case "--key-file" -> key = Files.readString(Path.of(args[++i]), StandardCharsets.UTF_8).strip();
                    case "--lang" -> locale = args[++i].equals("ko") ? Locale.KOREAN : Locale.ENGLISH;
                    default -> pack = args[i];
                }
            }
        } catch (ArrayIndexOutOfBoundsException | IOException e) {
            out.println(message(locale, "usage"));
            return 2;
        }
        if (pack == null || key == null || key.isEmpty()) {
            out.println(message(locale, "usage"));
            return 2;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(pack));
        } catch (IOException e) {
            out.println(new java.text.MessageFormat(message(locale, "file.cannot-open"), locale).format(new Object[] {pack}));
            return 2;
        }
        PackVerifier.Result result = PackVerifier.verify(bytes, key);
        for (PackVerifier.Finding finding : result.findings()) {
            out.println((finding.holds() ? "  ✓ " : "  ✗ ") + finding.describe(locale));
        }
        out.println(result.holds() ? message(locale, "verdict.holds")
                : new java.text.MessageFormat(message(locale, "verdict.fails"), locale).format(new Object[] {Math.max(1, result.problems().size())}));
        return result.holds() ? 0 : 1;
    }

    private static String message(Locale locale, String key) {
        return ResourceBundle.getBundle("evidence.verifier-messages", locale).getString(key);
    }
}
