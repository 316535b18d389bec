package care.clearconsent.explanation;

import care.clearconsent.content.ContentLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** A content folder for tests: a copy of the shipped content an institution would start from, each file editable. */
public final class ContentFolders {

    private ContentFolders() {
    }

    /** A fresh copy of the shipped content; {@code packageYaml} may change package.yaml (for example to drop the demonstration flag). */
    public static Path copyOfShipped(UnaryOperator<String> packageYaml) {
        try {
            Path folder = Files.createTempDirectory("institution-content");
            ContentLoader.copyShipped(folder);
            Path packageFile = folder.resolve("package.yaml");
            Files.writeString(packageFile, packageYaml.apply(Files.readString(packageFile)));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces text in one file of the folder, failing when the text is not there (so an edit never silently does nothing). */
    public static void edit(Path folder, String file, String from, String to) {
        try {
            Path target = folder.resolve(file);
            String text = Files.readString(target);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain: " + from);
            }
            Files.writeString(target, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
