package care.clearconsent.consent;

import care.clearconsent.patients.TestPatients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Withdrawing is one appended event that deletes nothing: the original consent stays in the record, the withdrawal
 * is added, and from then on the patient shows as withdrawn (in full) or the part withdrawn is no longer in force.
 */
@SpringBootTest
class WithdrawalTest {

    @Autowired
    ConsentJourneys journeys;
    @Autowired
    PatientRegistry patients;
    @Autowired
    JourneyAccess access;

    @Test
    void withdrawing_everything_keeps_the_consent_adds_the_withdrawal_and_shows_withdrawn() {
        Agreed agreed = agreed("Withdraw Kim", "010-7400-0001");
        int before = journeys.events(agreed.id).size();

        Journey after = journeys.withdraw(agreed.id, agreed.tablet, WithdrawalScope.ALL, null, null);

        assertThat(after.state().status()).isEqualTo(JourneyStatus.WITHDRAWN);
        assertThat(after.state().decision()).as("the original decision stays").isPresent();
        assertThat(after.state().signature()).as("and its signature").isPresent();
        assertThat(journeys.events(agreed.id)).hasSize(before + 1);
        assertThat(journeys.events(agreed.id).getLast().fact()).isEqualTo(new JourneyFact.ConsentWithdrawn(WithdrawalScope.ALL, null, null, null, null));
        assertThat(journeys.journeysOf(agreed.patient.id()).getFirst().status()).isEqualTo(JourneyStatus.WITHDRAWN);
        assertThat(after.state().purposeInForce("improve-ai")).isFalse();
        assertThat(journeys.verifyChain(agreed.id)).isTrue();
        assertThatThrownBy(() -> journeys.withdraw(agreed.id, agreed.tablet, WithdrawalScope.ALL, null, null))
                .isInstanceOf(JourneyRejected.class).hasMessage("journey.withdraw.not-agreed");
    }

    @Test
    void withdrawing_one_purpose_or_one_ai_system_leaves_the_rest_in_force() {
        Agreed agreed = agreed("Withdraw Lee", "010-7400-0002");
        String system = journeys.find(agreed.id).orElseThrow().content().content().aiSystems().getFirst().id();

        journeys.withdraw(agreed.id, agreed.tablet, WithdrawalScope.PURPOSE, "improve-ai", null);
        Journey after = journeys.withdraw(agreed.id, agreed.tablet, WithdrawalScope.AI_SYSTEM, system, null);

        assertThat(after.state().status()).isEqualTo(JourneyStatus.AGREED);
        assertThat(after.state().purposeInForce("improve-ai")).isFalse();
        assertThat(after.state().withdrawnSystems()).containsExactly(system);
        assertThat(journeys.journeysOf(agreed.patient.id()).getFirst().partlyWithdrawn()).containsExactlyInAnyOrder("improve-ai", system);
        assertThatThrownBy(() -> journeys.withdraw(agreed.id, agreed.tablet, WithdrawalScope.PURPOSE, "improve-ai", null))
                .as("twice").isInstanceOf(JourneyRejected.class).hasMessage("journey.withdraw.unknown");
        assertThatThrownBy(() -> journeys.withdraw(agreed.id, agreed.tablet, WithdrawalScope.AI_SYSTEM, "retention", null))
                .as("not an AI system").isInstanceOf(JourneyRejected.class).hasMessage("journey.withdraw.unknown");
    }

    @Test
    void a_nurse_withdrawing_for_the_patient_must_say_why_and_a_decline_has_nothing_to_withdraw() {
        Agreed agreed = agreed("Withdraw Park", "010-7400-0003");
        Origin nurse = new Origin(Actor.nurse("nurse"), "desk");
        int before = journeys.events(agreed.id).size();

        assertThatThrownBy(() -> journeys.withdraw(agreed.id, nurse, WithdrawalScope.ALL, null, "  "))
                .isInstanceOf(JourneyRejected.class).hasMessage("journey.withdraw.reason.required");
        assertThat(journeys.events(agreed.id)).as("nothing stored half-way").hasSize(before);
        journeys.withdraw(agreed.id, nurse, WithdrawalScope.ALL, null, "Patient phoned the ward to withdraw");
        assertThat(journeys.events(agreed.id).getLast().actor()).isEqualTo(Actor.nurse("nurse"));
        var withdrawn = (JourneyFact.ConsentWithdrawn) journeys.events(agreed.id).getLast().fact();
        assertThat(withdrawn.reason()).as("read back from the vault").isEqualTo("Patient phoned the ward to withdraw");
        assertThat(withdrawn.personalCommitment()).as("the chain holds only a commitment").hasSize(64);

        Patient declining = patients.register(TestPatients.newPatient("Withdraw Choi", "010-7400-0004"), "nurse");
        JourneyId declined = journeys.start(declining.id(), "nurse", "desk").id();
        Origin tablet = new Origin(Actor.patient(declining.id().value()), "web-tablet");
        JourneyWalk.toDecision(journeys, declined, tablet);
        Journey atSignature = JourneyWalk.decideAndOpenSignature(journeys, declined, tablet, Decision.DECLINE, Map.of());
        journeys.sign(declined, tablet, atSignature.state().decisionHash().orElseThrow(), SignatureMethod.PATIENT, SignatureFixtures.inkedPng(), null, null);
        assertThatThrownBy(() -> journeys.withdraw(declined, tablet, WithdrawalScope.ALL, null, null))
                .isInstanceOf(JourneyRejected.class).hasMessage("journey.withdraw.not-agreed");
        assertThatThrownBy(() -> journeys.issueWithdrawalLink(declined, "nurse")).isInstanceOf(JourneyRejected.class);
    }

    @Test
    void a_withdrawal_link_opens_an_ended_agreement_on_the_tablet_and_an_ordinary_link_does_not() {
        Agreed agreed = agreed("Withdraw Jung", "010-7400-0005");

        assertThatThrownBy(() -> journeys.issueLink(agreed.id, "nurse")).isInstanceOf(JourneyRejected.class);
        String token = journeys.issueWithdrawalLink(agreed.id, "nurse");
        PatientSession session = access.redeem(token).orElseThrow();

        assertThat(journeys.openedForWithdrawal(session.secret())).isTrue();
        assertThat(journeys.forSession(session.secret())).map(Journey::id).hasValue(agreed.id);
        // The withdrawal screen is read aloud like any other, and listening to it is recorded.
        Journey listened = journeys.listened(agreed.id, agreed.tablet, ConsentJourneys.WITHDRAWAL_TARGET, ListeningAction.STARTED, "normal", 0, 0);
        assertThat(listened.state().listening(ConsentJourneys.WITHDRAWAL_TARGET).plays()).isEqualTo(1);
        assertThat(journeys.events(agreed.id).getLast().fact()).isInstanceOf(JourneyFact.Listened.class);
    }

    record Agreed(Patient patient, JourneyId id, Origin tablet) {
    }

    private Agreed agreed(String name, String phone) {
        Patient patient = patients.register(TestPatients.newPatient(name, phone), "nurse");
        JourneyId id = journeys.start(patient.id(), "nurse", "desk").id();
        Origin tablet = new Origin(Actor.patient(patient.id().value()), "web-tablet");
        JourneyWalk.agreeAndSign(journeys, id, tablet, true);
        return new Agreed(patient, id, tablet);
    }
}
