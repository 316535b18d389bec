package care.clearconsent;

import care.clearconsent.evidence.LogVerifier;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ClearConsentApplication {

    /**
     * {@code java -jar clearconsent.jar verify-database} checks the whole store and exits; {@code verify pack.zip --key ...}
     * checks an evidence pack offline, starting nothing; {@code new-data-key} prints a key for CLEARCONSENT_DATA_KEY;
     * anything else runs the app.
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("new-data-key")) {
            // Printed for the operator to put into CLEARCONSENT_DATA_KEY; nothing is written or logged.
            System.out.println(care.clearconsent.shared.PersonalDataCipher.newDataKey());
            return;
        }
        if (args.length > 0 && args[0].equals("verify")) {
            System.exit(care.clearconsent.evidence.PackVerifierCommand.run(Arrays.copyOfRange(args, 1, args.length),
                    new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, java.nio.charset.StandardCharsets.UTF_8)));
        }
        if (args.length > 0 && args[0].equals("verify-database")) {
            System.exit(verifyDatabase(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(ClearConsentApplication.class, args);
    }

    /**
     * Starts the application against the configured store, listening only on a free loopback port (the web layer is
     * part of the application), verifies, and stops; exit code 0 when everything holds, 1 otherwise.
     */
    private static int verifyDatabase(String[] args) {
        try (var context = new SpringApplicationBuilder(ClearConsentApplication.class)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN", "server.port=0", "server.address=127.0.0.1",
                        "clearconsent.evidence.checkpoint-interval=PT24H")
                .run(args)) {
            LogVerifier.Report report = context.getBean(LogVerifier.class).verifyDatabase();
            System.out.println("Checked " + report.leaves() + " log entries, " + report.journeys() + " journeys and "
                    + report.checkpoints() + " signed checkpoints.");
            if (report.intact()) {
                System.out.println("Everything holds: no event was changed, removed, moved or added afterwards.");
                return 0;
            }
            System.out.println(report.problems().size() + " problem(s):");
            report.problems().forEach(problem -> System.out.println("  - " + problem));
            return 1;
        }
    }
}
