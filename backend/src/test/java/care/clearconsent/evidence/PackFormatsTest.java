package care.clearconsent.evidence;

import care.clearconsent.patients.TestPatients;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import care.clearconsent.consent.Actor;
import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.Decision;
import care.clearconsent.consent.JourneyId;
import care.clearconsent.consent.JourneyWalk;
import care.clearconsent.consent.Origin;
import care.clearconsent.consent.SignatureMethod;
import care.clearconsent.consent.SignatureFixtures;
import care.clearconsent.content.Language;
import care.clearconsent.content.ReadingLevel;
import care.clearconsent.patients.Patient;
import care.clearconsent.patients.PatientRegistry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Provenance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The pack's files are what they claim to be, checked by independent tools offline: the FHIR bundle by HAPI FHIR's R4
 * validator (structure definitions from Maven Central), the PDF by veraPDF as PDF/A-3u, with the Korean section titles
 * in its extracted text exactly as the patient saw them.
 */
@SpringBootTest(properties = "clearconsent.evidence.log-name=pack.test/consent-log")
class PackFormatsTest {

    static FhirContext fhir = FhirR4Validation.FHIR;

    @Autowired
    EvidencePacks packs;
    @Autowired
    ConsentJourneys journeys;
    @Autowired
    PatientRegistry patients;

    @Test
    void an_agreed_consent_is_a_valid_r4_bundle_with_consent_provenance_answers_and_document() throws Exception {
        Map<String, byte[]> files = EvidencePackTest.unzip(packs.build(journey(Decision.AGREE), "compliance.lee", "desk", "internal-audit").zip());
        String json = new String(files.get("consent.fhir.json"), StandardCharsets.UTF_8);

        assertThat(errors(json)).isEmpty();
        Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, json);
        Consent consent = resource(bundle, Consent.class);
        assertThat(consent.getStatus()).isEqualTo(Consent.ConsentState.ACTIVE);
        assertThat(consent.getPolicyFirstRep().getUri()).contains(":content:").contains(":sha256:");
        assertThat(consent.getProvision().getProvision()).anyMatch(p -> p.getPurposeFirstRep().getCode().equals("improve-ai"));
        Provenance provenance = resource(bundle, Provenance.class);
        assertThat(provenance.getSignatureFirstRep().getTypeFirstRep().getCode()).isEqualTo("1.2.840.10065.1.12.1.7");
        assertThat(provenance.getSignatureFirstRep().getSigFormat()).isEqualTo("image/png");
        assertThat(json).contains("\"resourceType\": \"QuestionnaireResponse\"", "\"resourceType\": \"DocumentReference\"", "consent-record.pdf");
    }

    @Test
    void a_decline_is_a_rejected_consent_and_still_valid() throws Exception {
        Map<String, byte[]> files = EvidencePackTest.unzip(packs.build(journey(Decision.DECLINE), "compliance.lee", "desk", "internal-audit").zip());
        String json = new String(files.get("consent.fhir.json"), StandardCharsets.UTF_8);

        assertThat(errors(json)).isEmpty();
        assertThat(resource(fhir.newJsonParser().parseResource(Bundle.class, json), Consent.class).getStatus())
                .isEqualTo(Consent.ConsentState.REJECTED);
    }

    @Test
    void withdrawals_in_full_or_of_one_ai_system_are_still_valid_r4() throws Exception {
        JourneyId partly = journey(Decision.AGREE);
        String system = journeys.find(partly).orElseThrow().content().content().aiSystems().getFirst().id();
        journeys.withdraw(partly, new Origin(Actor.nurse("nurse"), "desk"), care.clearconsent.consent.WithdrawalScope.AI_SYSTEM, system, "Asked at the desk");
        JourneyId fully = journey(Decision.AGREE);
        journeys.withdraw(fully, new Origin(Actor.nurse("nurse"), "desk"), care.clearconsent.consent.WithdrawalScope.ALL, null, "Asked at the desk");

        String partlyJson = new String(EvidencePackTest.unzip(packs.build(partly, "compliance.lee", "desk", "internal-audit").zip()).get("consent.fhir.json"), StandardCharsets.UTF_8);
        String fullyJson = new String(EvidencePackTest.unzip(packs.build(fully, "compliance.lee", "desk", "internal-audit").zip()).get("consent.fhir.json"), StandardCharsets.UTF_8);

        assertThat(errors(partlyJson)).isEmpty();
        assertThat(errors(fullyJson)).isEmpty();
        Consent partlyConsent = resource(fhir.newJsonParser().parseResource(Bundle.class, partlyJson), Consent.class);
        assertThat(partlyConsent.getStatus()).isEqualTo(Consent.ConsentState.ACTIVE);
        assertThat(partlyConsent.getProvision().getProvision()).anyMatch(p -> p.getType() == Consent.ConsentProvisionType.DENY
                && system.equals(p.getCodeFirstRep().getCodingFirstRep().getCode()) && p.getPeriod().hasStart());
        assertThat(resource(fhir.newJsonParser().parseResource(Bundle.class, fullyJson), Consent.class).getStatus())
                .isEqualTo(Consent.ConsentState.INACTIVE);
    }

    @Test
    void the_pdf_is_pdf_a_3u_and_its_text_holds_the_korean_section_titles_as_shown() throws Exception {
        JourneyId id = journey(Decision.AGREE);
        byte[] pdf = EvidencePackTest.unzip(packs.build(id, "compliance.lee", "desk", "internal-audit").zip()).get("consent-record.pdf");
        java.nio.file.Files.write(java.nio.file.Path.of("target/example-consent-record.pdf"), pdf);

        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_U);
             PDFAValidator pdfa = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_U, false)) {
            var result = pdfa.validate(parser);
            assertThat(result.getTestAssertions().stream().filter(a -> a.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId() + " " + a.getMessage()).distinct().limit(10).toList()).isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        var content = journeys.find(id).orElseThrow().content().content();
        List<String> titles = content.sections().stream().map(section -> section.text(Language.KO, ReadingLevel.STANDARD).title()).toList();
        assertThat(titles).isNotEmpty().allSatisfy(title -> assertThat(text.replaceAll("\\s+", " ")).contains(title.replaceAll("\\s+", " ")));
        assertThat(text).contains("동의 기록", "원장");
    }

    private JourneyId journey(Decision decision) {
        Patient patient = patients.register(TestPatients.newPatient("형식 검사", "010-7200-00" + (10 + (int) (Math.random() * 89))), "nurse");
        JourneyId id = journeys.start(patient.id(), "nurse", "desk").id();
        Origin tablet = new Origin(Actor.patient(patient.id().value()), "web-tablet");
        JourneyWalk.toDecision(journeys, id, tablet);
        var atSignature = JourneyWalk.decideAndOpenSignature(journeys, id, tablet, decision,
                decision == Decision.AGREE ? Map.of("improve-ai", false) : Map.of());
        journeys.sign(id, tablet, atSignature.state().decisionHash().orElseThrow(), SignatureMethod.PATIENT, SignatureFixtures.inkedPng(), null, null);
        return id;
    }

    private static List<String> errors(String json) {
        return FhirR4Validation.errors(json);
    }

    private static <T> T resource(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }
}
