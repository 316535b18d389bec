package care.clearconsent.evidence;

import care.clearconsent.patients.TestPatients;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.consent.Actor;
import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.ConsentRecords;
import care.clearconsent.consent.JourneyId;
import care.clearconsent.consent.ListeningAction;
import care.clearconsent.consent.Origin;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Eight writers at once, on one journey and on many, while checkpoints are signed between their writes: every chain
 * stays gap-free, every event lands in the log exactly once, and each checkpoint is consistent with the one before.
 */
// A log of its own: the verifier reads the whole store, and other test classes change events on purpose.
@SpringBootTest(properties = "clearconsent.evidence.log-name=concurrent.test/consent-log")
class ConcurrentAppendTest {

    private static final int WRITERS = 8;
    private static final int EVENTS_PER_WRITER = 25;

    @Autowired
    ConsentJourneys journeys;
    @Autowired
    ConsentRecords records;
    @Autowired
    PatientRegistry patients;
    @Autowired
    Checkpoints checkpoints;
    @Autowired
    TransparencyLog log;
    @Autowired
    LogVerifier verifier;

    private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void eight_writers_on_one_journey_and_on_eight_journeys_leave_gap_free_chains_and_consistent_checkpoints() throws Exception {
        JourneyId shared = newJourney(0);
        List<JourneyId> own = new ArrayList<>();
        for (int i = 1; i <= WRITERS; i++) {
            own.add(newJourney(i));
        }
        int sharedBefore = journeys.events(shared).size();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        List<Checkpoints.Checkpoint> signedMeanwhile = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int w = 0; w < WRITERS; w++) {
            JourneyId mine = own.get(w);
            writers.add(pool.submit(() -> {
                start.await();
                for (int e = 0; e < EVENTS_PER_WRITER; e++) {
                    // A third and two thirds of the way, the writers wait for a checkpoint, so checkpoints are signed
                    // while they write however fast the writes are.
                    if (e == EVENTS_PER_WRITER / 3 || e == 2 * EVENTS_PER_WRITER / 3) {
                        awaitCheckpoints(signedMeanwhile, e == EVENTS_PER_WRITER / 3 ? 1 : 2);
                    }
                    listen(shared);
                    listen(mine);
                }
                return null;
            }));
        }
        Future<?> signer = pool.submit(() -> {
            start.await();
            while (writers.stream().anyMatch(writer -> !writer.isDone())) {
                checkpoints.sign().ifPresent(signedMeanwhile::add);
                Thread.sleep(20);
            }
            return null;
        });
        start.countDown();
        for (Future<?> writer : writers) {
            writer.get();
        }
        signer.get();
        checkpoints.sign();

        assertThat(journeys.events(shared)).hasSize(sharedBefore + WRITERS * EVENTS_PER_WRITER);
        assertThat(records.chainHolds(shared.value())).isTrue();
        for (JourneyId journey : own) {
            assertThat(records.chainHolds(journey.value())).as(journey.value()).isTrue();
            var seqs = journeys.events(journey).stream().mapToLong(event -> event.seq()).toArray();
            for (int i = 0; i < seqs.length; i++) {
                assertThat(seqs[i]).isEqualTo(i + 1);
            }
        }
        assertThat(signedMeanwhile).as("checkpoints signed while writers wrote").hasSizeGreaterThan(1);
        List<Checkpoints.Checkpoint> all = checkpoints.all();
        for (int i = 1; i < all.size(); i++) {
            var before = all.get(i - 1);
            var after = all.get(i);
            assertThat(Merkle.verifyConsistency(before.size(), after.size(), log.consistencyProof(before.size(), after.size()),
                    before.root(), after.root())).as("checkpoint " + after.size() + " extends " + before.size()).isTrue();
        }
        LogVerifier.Report report = verifier.verifyDatabase();
        assertThat(report.problems()).isEmpty();
        assertThat(report.leaves()).isEqualTo(log.size());
    }

    private JourneyId newJourney(int i) {
        Patient patient = patients.register(TestPatients.newPatient("Concurrent " + (char) ('A' + i), "010-7300-00" + (10 + i)), "nurse");
        return journeys.start(patient.id(), "nurse", "desk").id();
    }

    private static void awaitCheckpoints(List<Checkpoints.Checkpoint> signed, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (signed.size() < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private void listen(JourneyId journey) {
        String patient = journeys.find(journey).orElseThrow().patientId();
        journeys.listened(journey, new Origin(Actor.patient(patient), "web-tablet"), "welcome", ListeningAction.STARTED, "normal", 0, 0);
    }
}
