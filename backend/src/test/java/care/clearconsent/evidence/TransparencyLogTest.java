package care.clearconsent.evidence;

import care.clearconsent.patients.TestPatients;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.consent.Actor;
import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.ConsentRecords;
import care.clearconsent.consent.JourneyId;
import care.clearconsent.consent.JourneyWalk;
import care.clearconsent.consent.Origin;
import care.clearconsent.consent.StoredEvent;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** Every consent event becomes a leaf of one tree; roots, proofs and signed checkpoints hold, also under concurrent writers. */
// A store of its own: other test classes change events on purpose, and the verifier reads the whole store.
@SpringBootTest(properties = "clearconsent.evidence.log-name=log.test/consent-log")
@DirtiesContext
class TransparencyLogTest {

    @Autowired
    TransparencyLog log;
    @Autowired
    Checkpoints checkpoints;
    @Autowired
    LogVerifier verifier;
    @Autowired
    ConsentJourneys journeys;
    @Autowired
    ConsentRecords records;
    @Autowired
    PatientRegistry patients;

    @Test
    void every_event_is_a_leaf_in_storage_order_with_an_inclusion_proof_against_a_signed_checkpoint() {
        JourneyId first = walkedJourney("Log One", "010-6962-0001");
        JourneyId second = walkedJourney("Log Two", "010-6962-0002");

        Checkpoints.Checkpoint checkpoint = checkpoints.sign().orElseThrow();

        List<StoredEvent> stored = records.storedAfter(null, 10_000);
        assertThat(checkpoint.size()).isEqualTo(stored.size()).isEqualTo(log.size());
        List<TransparencyLog.Leaf> leaves = log.leaves(0, 10_000);
        assertThat(leaves).extracting(TransparencyLog.Leaf::eventId).containsExactlyElementsOf(stored.stream().map(StoredEvent::storageId).toList());
        assertThat(leaves).extracting(TransparencyLog.Leaf::journeyId).contains(first.value(), second.value());
        assertThat(Merkle.rootOf(leaves.stream().map(TransparencyLog.Leaf::leafHash).toList())).isEqualTo(checkpoint.root());
        for (TransparencyLog.Leaf leaf : leaves) {
            assertThat(Merkle.verifyInclusion(leaf.index(), checkpoint.size(), Merkle.leafHash(HexFormat.of().parseHex(leaf.eventHash())),
                    log.inclusionProof(leaf.index(), checkpoint.size()), checkpoint.root())).isTrue();
        }
        assertThat(checkpoints.signatureHolds(checkpoint)).isTrue();
        assertThat(checkpoint.note()).startsWith("log.test/consent-log\n" + checkpoint.size() + "\n");
        assertThat(checkpoints.fromFile()).extracting(Checkpoints.Checkpoint::size).contains(checkpoint.size());
        assertThat(checkpoints.sign()).as("nothing new, no new checkpoint").isEmpty();

        LogVerifier.Report report = verifier.verifyDatabase();
        assertThat(report.problems()).isEmpty();
        assertThat(report.leaves()).isEqualTo(checkpoint.size());
    }

    @Test
    void eight_writers_on_one_journey_and_on_many_leave_gap_free_chains_and_every_checkpoint_extends_the_last() throws Exception {
        Patient patient = patients.register(TestPatients.newPatient("Concurrent", "010-6962-0003"), "nurse");
        JourneyId shared = journeys.start(patient.id(), "nurse", "desk").id();
        Origin tablet = new Origin(Actor.patient(patient.id().value()), "web-tablet");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Object>> work = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            int n = i;
            work.add(() -> n % 2 == 0 ? journeys.raiseQuestion(shared, tablet, "ai-chest-xray")
                    : journeys.start(patients.register(TestPatients.newPatient("Many", "010-6962-" + String.format("%04d", 100 + n)), "nurse").id(), "nurse", "desk"));
            if (i % 10 == 9) {
                work.add(() -> checkpoints.sign());
            }
        }
        try {
            for (Future<Object> result : pool.invokeAll(work)) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
        checkpoints.sign();

        List<Checkpoints.Checkpoint> all = checkpoints.all();
        assertThat(all.size()).isGreaterThan(1);
        for (int i = 1; i < all.size(); i++) {
            Checkpoints.Checkpoint before = all.get(i - 1);
            Checkpoints.Checkpoint after = all.get(i);
            assertThat(Merkle.verifyConsistency(before.size(), after.size(), log.consistencyProof(before.size(), after.size()),
                    before.root(), after.root())).as(before.size() + " to " + after.size()).isTrue();
        }
        assertThat(records.chainHolds(shared.value())).isTrue();
        assertThat(verifier.verifyDatabase().problems()).isEmpty();
    }

    private JourneyId walkedJourney(String name, String phone) {
        Patient patient = patients.register(TestPatients.newPatient(name, phone), "nurse");
        JourneyId id = journeys.start(patient.id(), "nurse", "desk").id();
        JourneyWalk.toDecision(journeys, id, new Origin(Actor.patient(patient.id().value()), "web-tablet"));
        return id;
    }
}
