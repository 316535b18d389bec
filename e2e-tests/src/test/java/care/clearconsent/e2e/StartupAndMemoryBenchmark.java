package care.clearconsent.e2e;

import care.clearconsent.content.ContentPackage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures, does not assert: start-up of the production jar to its first HTTP 200, and the resident memory of the
 * server after a full patient journey in Chromium. Run: ./mvnw -pl e2e-tests verify -Dtest=StartupAndMemoryBenchmark -Dbenchmark.excluded=
 */
@Tag("benchmark")
class StartupAndMemoryBenchmark {

    private static final int STARTS = 5;
    private static final ContentPackage CONTENT = ClearConsentServer.CONTENT;

    @TempDir
    Path data;

    @Test
    void startup_time_and_memory_after_a_full_journey() throws IOException {
        List<Long> startMillis = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            ClearConsentServer server = new ClearConsentServer(data.resolve("start-" + i));
            long begin = System.nanoTime();
            server.start();
            startMillis.add((System.nanoTime() - begin) / 1_000_000);
            server.stop();
        }
        Collections.sort(startMillis);

        long rssAfterStart;
        long rssAfterJourney;
        try (ClearConsentServer server = new ClearConsentServer(data.resolve("journey")).start()) {
            rssAfterStart = residentKb(server.pid());
            Browser.open(1024, 768, "en");
            try {
                fullJourney(server);
            } finally {
                Browser.close();
            }
            rssAfterJourney = residentKb(server.pid());
        }

        String report = "| measure | value |\n|---|---|\n"
                + "| start-up to first HTTP 200, " + STARTS + " cold starts (min / median / max) | "
                + startMillis.getFirst() + " / " + startMillis.get(STARTS / 2) + " / " + startMillis.getLast() + " ms |\n"
                + "| resident memory (RSS) after start-up | " + rssAfterStart / 1024 + " MB |\n"
                + "| resident memory (RSS) after one full journey | " + rssAfterJourney / 1024 + " MB |\n";
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "startup-memory.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static void fullJourney(ClearConsentServer server) {
        NurseDesk nurse = new NurseDesk(server);
        nurse.signIn();
        nurse.handOver(nurse.registerPatient("Benchmark", "010-1234-5678"));
        PatientSteps.chooseLanguage("en");
        PatientSteps.completeJourney(CONTENT);
    }

    private static long residentKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("No VmRSS for process " + pid);
    }
}
