package care.clearconsent.e2e;

import care.clearconsent.content.ContentLoader;
import care.clearconsent.content.ContentPackage;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The production jar (backend/target/clearconsent.jar) in its own process on loopback, with the embedded store
 * on an H2 file in a folder of the test's, so a test can stop it, kill -9 it and start it again on the same data.
 */
final class ClearConsentServer implements AutoCloseable {

    /** The institution settings every test server runs with, and the content as patients see it with them. */
    static final Map<String, String> SETTINGS = Map.of("care-without-ai", "offered");
    static final ContentPackage CONTENT = ContentLoader.loadShipped().configure(SETTINGS);

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    /** The first administrator every test server starts with, as a clinic gives it in the environment. */
    static final String ADMIN_USERNAME = "admin";
    static final String ADMIN_PASSWORD = "e2e-head-of-ward-secret-2026";

    private final Path jar;
    private final Path dataDirectory;
    private final int httpPort;
    private final int mongoPort;
    private final Path log;
    private final java.util.Map<String, String> environment = new java.util.HashMap<>();
    private final java.util.Map<String, String> settings = new java.util.TreeMap<>(SETTINGS);
    private final java.util.Map<String, String> properties = new java.util.TreeMap<>();
    private Process process;
    private MongoClient mongo;

    ClearConsentServer(Path dataDirectory) {
        this.jar = Path.of(System.getProperty("clearconsent.jar", "../backend/target/clearconsent.jar")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build the application first: " + jar + " is missing (./mvnw verify builds it)");
        }
        this.dataDirectory = dataDirectory;
        this.httpPort = freePort();
        this.mongoPort = freePort();
        this.log = dataDirectory.resolve("server.log");
    }

    /** An environment variable for the server process, for example a PATH without espeak-ng. */
    ClearConsentServer withEnvironment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** An institution setting for the next start (over {@link #SETTINGS}), as a clinic would configure it. */
    ClearConsentServer withSetting(String id, String value) {
        settings.put(id, value);
        return this;
    }

    /** A Spring property for the next start, for example a short link lifetime. */
    ClearConsentServer withProperty(String name, String value) {
        properties.put(name, value);
        return this;
    }

    ClearConsentServer start() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(),
                "--server.port=" + httpPort,
                "--clearconsent.store.data-directory=" + dataDirectory,
                "--clearconsent.store.port=" + mongoPort,
                // The demo nurse the browser tests sign in as exists only in the demo profile.
                "--spring.profiles.active=demo",
                "--clearconsent.staff.first-admin.username=" + ADMIN_USERNAME));
        properties.forEach((name, value) -> command.add("--" + name + "=" + value));
        settings.forEach((id, value) -> command.add("--clearconsent.institution.settings." + id + "=" + value));
        try {
            Files.createDirectories(dataDirectory);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().remove("SPRING_MONGODB_URI");
            builder.environment().putAll(environment);
            // The password only in the environment, never on the command line, as the README asks.
            builder.environment().put("CLEARCONSENT_STAFF_FIRST_ADMIN_PASSWORD", ADMIN_PASSWORD);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady();
        return this;
    }

    /** Runs {@code java -jar clearconsent.jar verify-database} on this server's store (stopped first); returns exit code and output. */
    VerifierRun verifyDatabase() {
        return runJar(List.of("-Xmx512m", "-jar", jar.toString(), "verify-database", "--clearconsent.store.data-directory=" + dataDirectory,
                "--clearconsent.store.port=" + freePort(), "--spring.profiles.active=demo", "--clearconsent.staff.first-admin.username=" + ADMIN_USERNAME));
    }

    /** Runs {@code java -jar clearconsent.jar verify <pack> --key <key> --lang <language>}: the offline pack verifier. */
    VerifierRun verifyPack(Path pack, String verifierKey, String language) {
        return runJar(List.of("-jar", jar.toString(), "verify", pack.toString(), "--key", verifierKey, "--lang", language));
    }

    /** One run of the production jar as a command, with the same environment rules as the server; waits for its end. */
    private VerifierRun runJar(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(arguments);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().remove("SPRING_MONGODB_URI");
            builder.environment().put("CLEARCONSENT_STAFF_FIRST_ADMIN_PASSWORD", ADMIN_PASSWORD);
            Process run = builder.start();
            String output = new String(run.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return new VerifierRun(run.waitFor(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record VerifierRun(int exitCode, String output) {
    }

    String url(String path) {
        return "http://127.0.0.1:" + httpPort + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The address of this server's store, for a second instance on the same database. */
    String mongoUri() {
        return "mongodb://127.0.0.1:" + mongoPort + "/clearconsent";
    }

    /** The store the app writes to, read with the real MongoDB driver. */
    MongoDatabase database() {
        if (mongo == null) {
            mongo = MongoClients.create("mongodb://127.0.0.1:" + mongoPort);
        }
        return mongo.getDatabase("clearconsent");
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed on the way out. */
    void kill() {
        closeMongo();
        process.destroyForcibly();
        waitFor();
    }

    void stop() {
        closeMongo();
        if (process != null && process.isAlive()) {
            process.destroy();
            waitFor();
        }
    }

    long pid() {
        return process.pid();
    }

    /** Fails when the server's log holds any of these: names, phone numbers and hospital numbers typed in a test. */
    void assertLogHoldsNone(String... personalData) {
        String written;
        try {
            written = Files.readString(log);
        } catch (IOException unreadable) {
            throw new AssertionError("The server log cannot be read, so it cannot be checked: " + log, unreadable);
        }
        if (!written.contains("Started ClearConsentApplication")) {
            throw new AssertionError("The server log " + log + " is not the log of a started server");
        }
        for (String value : personalData) {
            if (written.toLowerCase(java.util.Locale.ROOT).contains(value.toLowerCase(java.util.Locale.ROOT))) {
                throw new AssertionError("The server log holds personal data typed in a test: '" + value + "'");
            }
        }
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void waitFor() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeMongo() {
        if (mongo != null) {
            mongo.close();
            mongo = null;
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped while starting:\n" + log());
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(url("login")).toURL().openConnection();
                connection.setConnectTimeout(1000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("The server did not answer within " + START_TIMEOUT + ":\n" + log());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
