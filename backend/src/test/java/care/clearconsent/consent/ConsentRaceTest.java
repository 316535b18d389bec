package care.clearconsent.consent;

import care.clearconsent.patients.TestPatients;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.consent.JourneyFact.DecisionRecorded;
import care.clearconsent.consent.JourneyFact.Signed;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Two devices race on one journey: the tablet signs the decision it was shown while the phone goes back and changes the
 * decision. Whoever loses an append is checked again against what won (a blind retry would put a signature of the old
 * decision after the new one), so every signature in the chain confirms the decision in force just before it.
 */
@SpringBootTest
class ConsentRaceTest {

    @Autowired
    ConsentJourneys journeys;
    @Autowired
    PatientRegistry patients;

    private final ExecutorService devices = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        devices.shutdownNow();
    }

    @RepeatedTest(25)
    void every_signature_confirms_the_decision_before_it() throws Exception {
        Patient patient = patients.register(TestPatients.newPatient("Moon", "010-5555-6666"), "nurse");
        StartedJourney started = journeys.start(patient.id(), "nurse", "desk");
        Origin tablet = new Origin(Actor.patient(patient.id().value()), "tablet");
        Origin phone = new Origin(Actor.patient(patient.id().value()), "phone");
        JourneyWalk.toDecision(journeys, started.id(), tablet);
        String shown = JourneyWalk.decideAndOpenSignature(journeys, started.id(), tablet, Decision.AGREE, Map.of("improve-ai", true))
                .state().decisionHash().orElseThrow();
        CountDownLatch go = new CountDownLatch(1);

        Future<?> sign = devices.submit(() -> {
            go.await();
            return journeys.sign(started.id(), tablet, shown, SignatureMethod.PATIENT, SignatureFixtures.inkedPng(), null, null);
        });
        Future<?> change = devices.submit(() -> {
            go.await();
            journeys.show(started.id(), phone, Step.DECISION, null);
            return journeys.decide(started.id(), phone, Decision.AGREE, Map.of("improve-ai", false), JourneyWalk.EVERY_SYSTEM_USED);
        });
        go.countDown();
        int refused = refusals(sign) + refusals(change);

        List<JourneyEvent> events = journeys.events(started.id());
        assertThat(journeys.verifyChain(started.id())).isTrue();
        assertThat(refused).as("at most one of the two devices may be refused").isLessThanOrEqualTo(1);
        String decisionInForce = null;
        for (JourneyEvent event : events) {
            if (event.fact() instanceof DecisionRecorded) {
                decisionInForce = event.hash();
            }
            if (event.fact() instanceof Signed signed) {
                assertThat(signed.decision()).as("signature at seq " + event.seq()).isEqualTo(decisionInForce);
            }
        }
    }

    /** 1 when the device's step was refused by the rules (the other device changed what it was checked against). */
    private static int refusals(Future<?> step) throws InterruptedException {
        try {
            step.get();
            return 0;
        } catch (java.util.concurrent.ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(JourneyRejected.class);
            return 1;
        }
    }
}
