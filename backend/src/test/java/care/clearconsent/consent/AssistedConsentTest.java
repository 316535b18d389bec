package care.clearconsent.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.clearconsent.content.Language;
import care.clearconsent.evidence.EvidencePacks;
import care.clearconsent.evidence.PackFacts;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import care.clearconsent.patients.TestPatients;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The nurse's teach-back scores and attestation are events in the journey, on the receipt and in the evidence pack. */
@SpringBootTest
class AssistedConsentTest {

    @Autowired
    ConsentJourneys journeys;
    @Autowired
    PatientRegistry patients;
    @Autowired
    EvidencePacks packs;
    @Autowired
    I18NProvider messages;

    JourneyId id;
    Origin tablet;
    Origin nurse = new Origin(Actor.nurse("nurse.oh"), "nurse-phone");
    List<String> points;

    @BeforeEach
    void start() {
        Patient patient = patients.register(TestPatients.newPatient("Assist Yoon", "010-7800-0001", 1938), "nurse");
        id = journeys.start(patient.id(), "nurse", "desk").id();
        tablet = new Origin(Actor.patient(patient.id().value()), "web-tablet");
        points = List.copyOf(ConsentJourneys.keyPoints(journeys.find(id).orElseThrow()));
    }

    @Test
    void teach_back_per_point_and_the_attestation_with_witness_are_recorded_in_order_by_the_nurse() {
        Journey assisted = journeys.recordAssistance(id, nurse, Map.of(points.get(0), TeachBackScore.UNDERSTOOD, points.get(1), TeachBackScore.PARTLY),
                List.of(points.get(2), points.get(0)), true);

        List<JourneyEvent> events = journeys.events(id);
        assertThat(events).filteredOn(event -> event.fact() instanceof JourneyFact.TeachBackScored).hasSize(2)
                .allSatisfy(event -> assertThat(event.actor()).isEqualTo(Actor.nurse("nurse.oh")));
        assertThat(events.getLast().fact()).isEqualTo(new JourneyFact.ExplanationAttested(List.of(points.get(0), points.get(2)), true));
        assertThat(assisted.state().teachBack()).containsEntry(points.get(0), TeachBackScore.UNDERSTOOD).containsEntry(points.get(1), TeachBackScore.PARTLY);
        assertThat(assisted.state().attestation()).hasValueSatisfying(attestation -> {
            assertThat(attestation.by()).isEqualTo("nurse.oh");
            assertThat(attestation.witness()).isTrue();
        });
        assertThat(journeys.verifyChain(id)).isTrue();

        var content = assisted.content().content();
        assertThat(new ScreenText(messages, Language.EN, content).receipt(assisted.state(), content, ZoneId.of("Asia/Seoul")))
                .containsEntry("receipt-assisted", "A nurse (nurse.oh) also explained the main points to you in person and signed as witness.");
        PackFacts facts = packs.openRecord(id, "compliance.kim", "desk", "internal-audit");
        assertThat(facts.teachBack()).extracting(PackFacts.TeachBack::score).containsExactly("UNDERSTOOD", "PARTLY");
        assertThat(facts.attestation()).isNotNull();
        assertThat(facts.attestation().witness()).isTrue();
        assertThat(facts.attestation().explained()).hasSize(2);
    }

    @Test
    void a_patient_an_unknown_point_or_nothing_explained_is_refused_and_nothing_is_stored() {
        int before = journeys.events(id).size();

        assertRefused(() -> journeys.recordAssistance(id, tablet, Map.of(), List.of(points.getFirst()), false), "journey.assist.nurse-only");
        assertRefused(() -> journeys.recordAssistance(id, nurse, Map.of(points.getFirst(), TeachBackScore.UNDERSTOOD, "no-such-section",
                TeachBackScore.PARTLY), List.of(points.getFirst()), false), "journey.assist.point.unknown");
        assertRefused(() -> journeys.recordAssistance(id, nurse, Map.of(), List.of("{\"$gt\":\"\"}"), false), "journey.assist.point.unknown");
        assertRefused(() -> journeys.recordAssistance(id, nurse, Map.of(points.getFirst(), TeachBackScore.NOT_UNDERSTOOD), List.of(), true),
                "journey.assist.explained.required");

        assertThat(journeys.events(id)).hasSize(before);
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(JourneyRejected.class, rejected -> assertThat(rejected.messageKey()).isEqualTo(messageKey));
    }
}
