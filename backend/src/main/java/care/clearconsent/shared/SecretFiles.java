package care.clearconsent.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Keys generated for the embedded default are written readable by their owner only. */
public final class SecretFiles {

    private SecretFiles() {
    }

    public static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, content);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // On a file system without POSIX permissions the folder's own protection applies.
        }
    }
}
