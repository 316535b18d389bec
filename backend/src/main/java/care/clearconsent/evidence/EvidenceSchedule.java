package care.clearconsent.evidence;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every checkpoint interval: sign a checkpoint of what was added (proved consistent with the last), and, where
 * enabled (production), verify the whole store; anything wrong is raised as an alarm.
 */
@Configuration
@EnableScheduling
class EvidenceSchedule {

    private final Checkpoints checkpoints;
    private final LogVerifier verifier;
    private final Alarms alarms;
    private final boolean verifyStore;

    EvidenceSchedule(Checkpoints checkpoints, LogVerifier verifier, Alarms alarms,
                     @Value("${clearconsent.evidence.verify-on-schedule:false}") boolean verifyStore) {
        this.checkpoints = checkpoints;
        this.verifier = verifier;
        this.alarms = alarms;
        this.verifyStore = verifyStore;
    }

    @Scheduled(fixedDelayString = "${clearconsent.evidence.checkpoint-interval:PT5M}",
            initialDelayString = "${clearconsent.evidence.checkpoint-interval:PT5M}")
    void checkpointAndVerify() {
        checkpoints.sign();
        if (verifyStore) {
            LogVerifier.Report report = verifier.verifyDatabase();
            report.problems().forEach(alarms::raise);
        }
    }
}
