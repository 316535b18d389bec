package care.clearconsent.evidence;

import care.clearconsent.patients.TestPatients;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.consent.Actor;
import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.JourneyId;
import care.clearconsent.consent.JourneyWalk;
import care.clearconsent.consent.Origin;
import care.clearconsent.content.Section;
import care.clearconsent.content.SystemFacts;
import care.clearconsent.explanation.ExplanationCatalogue;
import care.clearconsent.explanation.PublishedContent;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** A material AI model change after a consent marks it as needing renewal, and its evidence pack says so. */
@SpringBootTest(properties = "clearconsent.evidence.log-name=renewal.test/consent-log")
@DirtiesContext // publishes a new major content version, which other tests must not see
class RenewalPackTest {

    @Autowired
    EvidencePacks packs;
    @Autowired
    ConsentJourneys journeys;
    @Autowired
    PatientRegistry patients;
    @Autowired
    ExplanationCatalogue catalogue;

    @Test
    void a_consent_given_before_a_material_model_change_needs_renewal_and_the_pack_says_so() throws Exception {
        Patient patient = patients.register(TestPatients.newPatient("Renewal Yoo", "010-7700-0001"), "nurse");
        JourneyId journey = journeys.start(patient.id(), "nurse", "desk").id();
        JourneyWalk.agreeAndSign(journeys, journey, new Origin(Actor.patient(patient.id().value()), "web-tablet"), false);
        String before = new String(EvidencePackTest.unzip(packs.build(journey, "compliance.lee", "desk", "internal-audit").zip())
                .get("consent.json"), StandardCharsets.UTF_8);

        PublishedContent major = catalogue.publish(catalogue.current().content().withVersion("").withSection("ai-chest-xray", section -> {
            SystemFacts facts = section.facts();
            return new Section(section.id(), section.kind(), section.text(), section.glossary(),
                    new SystemFacts(facts.product(), "9.0", true, facts.dataLocations(), facts.staff()));
        }));
        var files = EvidencePackTest.unzip(packs.build(journey, "compliance.lee", "desk", "internal-audit").zip());

        assertThat(before).contains("\"needed\" : false");
        assertThat(new String(files.get("consent.json"), StandardCharsets.UTF_8)).contains("\"needed\" : true",
                "\"currentVersion\" : \"" + major.version() + "\"");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(files.get("consent-record.pdf"))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("재동의", major.version());
        }
    }
}
