package care.clearconsent.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** One production server for a whole test class, on a fresh data folder; writes the audit report when the class ends. */
final class RunningServer implements BeforeAllCallback, AfterAllCallback {

    private ClearConsentServer server;
    private final java.util.function.UnaryOperator<ClearConsentServer> configure;

    RunningServer() {
        this(server -> server);
    }

    /** A server configured before it starts, for example with a content folder the test edits. */
    RunningServer(java.util.function.UnaryOperator<ClearConsentServer> configure) {
        this.configure = configure;
    }

    ClearConsentServer get() {
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        try {
            server = configure.apply(new ClearConsentServer(Files.createTempDirectory("clearconsent-e2e"))).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Browser.writeReport();
        server.stop();
    }
}
