package care.clearconsent.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where content files are read from: the classpath in the application, a folder in tests and tools. */
@FunctionalInterface
public interface ContentSource {

    /** The file's text, or empty when there is no such file. */
    Optional<String> read(String relativePath);

    static ContentSource classpath(String root) {
        return path -> {
            try (InputStream in = ContentSource.class.getClassLoader().getResourceAsStream(root + "/" + path)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    static ContentSource folder(Path root) {
        return path -> {
            Path file = root.resolve(path);
            try {
                return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
