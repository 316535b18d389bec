package care.clearconsent.evidence;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Signature;
import org.jspecify.annotations.Nullable;

/**
 * The pack's facts as a FHIR R4 collection bundle for hospital systems: the Consent with a provision per purpose and
 * {@code policy.uri} naming the content version, a Provenance carrying the consent (and witness) signature, a
 * QuestionnaireResponse with the acknowledgements and quiz answers, and a DocumentReference to the pack's PDF.
 */
final class PackFhir {

    static final String SYSTEM = "urn:clearconsent";
    private static final String SIGNATURE_TYPES = "urn:iso-astm:E1762-95:2013";
    private static final String CONSENT_SIGNATURE = "1.2.840.10065.1.12.1.7";
    private static final String WITNESS_SIGNATURE = "1.2.840.10065.1.12.1.11";

    private final FhirContext fhir = FhirContext.forR4Cached();

    String bundle(PackFacts facts, @Nullable String signaturePngBase64, byte[] pdf) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        bundle.setIdentifier(new Identifier().setSystem(SYSTEM + ":evidence-pack").setValue(facts.journeyId()));
        bundle.setTimestamp(new Date());

        Patient patient = new Patient();
        patient.addIdentifier().setSystem(SYSTEM + ":patient").setValue(facts.patient().pseudonym());
        Reference patientRef = add(bundle, patient);

        Consent consent = consent(facts, patientRef);
        Reference consentRef = add(bundle, consent);

        if (facts.signature() != null) {
            add(bundle, provenance(facts, facts.signature(), consentRef, patientRef, signaturePngBase64, bundle));
        }
        add(bundle, answers(facts, patientRef));
        add(bundle, document(facts, patientRef, pdf));
        return fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
    }

    /**
     * A FHIR search result: the Consent of each journey, the same resource as in its evidence pack, the patient named
     * by their pseudonym; {@code next} is the address of the following page, when there is one.
     */
    String searchBundle(List<PackFacts> journeys, String pseudonym, String self, @Nullable String next) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        bundle.setTimestamp(new Date());
        bundle.addLink().setRelation("self").setUrl(self);
        if (next != null) {
            bundle.addLink().setRelation("next").setUrl(next);
        }
        Reference patient = new Reference().setIdentifier(new Identifier().setSystem(SYSTEM + ":patient").setValue(pseudonym));
        for (PackFacts facts : journeys) {
            Consent consent = consent(facts, patient);
            consent.setId(facts.journeyId());
            bundle.addEntry().setFullUrl("urn:uuid:" + facts.journeyId()).setResource(consent)
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return fhir.newJsonParser().encodeResourceToString(bundle);
    }

    private static Consent consent(PackFacts facts, Reference patient) {
        Consent consent = new Consent();
        consent.addIdentifier().setSystem(SYSTEM + ":journey").setValue(facts.journeyId());
        consent.setStatus(status(facts));
        consent.setScope(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy", "Privacy Consent")));
        consent.addCategory(new CodeableConcept(new Coding("http://loinc.org", "59284-0", "Patient Consent")));
        consent.setPatient(patient);
        if (facts.decision() != null) {
            consent.setDateTime(Date.from(facts.decision().at()));
        }
        // R4 has no policy rule code for Korean law: the policy is the exact content version the patient was shown.
        consent.addPolicy().setAuthority(SYSTEM).setUri(SYSTEM + ":content:" + facts.content().version() + ":sha256:" + facts.content().sha256());
        Consent.ProvisionComponent provision = consent.getProvision();
        boolean agreed = facts.decision() != null && facts.decision().decision().equals("AGREE") && !facts.status().equals("WITHDRAWN");
        java.util.Set<String> withdrawn = new java.util.HashSet<>();
        facts.withdrawals().forEach(w -> withdrawn.add(w.target()));
        provision.setType(agreed ? Consent.ConsentProvisionType.PERMIT : Consent.ConsentProvisionType.DENY);
        if (facts.decision() != null) {
            for (PackFacts.PurposeChoice purpose : facts.decision().purposes()) {
                boolean inForce = purpose.agreed() && !withdrawn.contains(purpose.id());
                provision.addProvision().setType(inForce ? Consent.ConsentProvisionType.PERMIT : Consent.ConsentProvisionType.DENY)
                        .addPurpose(new Coding(SYSTEM + ":purpose", purpose.id(), purpose.label()));
            }
            // Each AI system the patient accepted or declined one by one, as decided.
            for (PackFacts.SystemChoice system : facts.decision().aiSystems()) {
                provision.addProvision().setType(system.used() ? Consent.ConsentProvisionType.PERMIT : Consent.ConsentProvisionType.DENY)
                        .addCode(new CodeableConcept(new Coding(SYSTEM + ":ai-system", system.id(), system.title())));
            }
            // A withdrawn AI system may no longer be used, from the time of withdrawal.
            facts.withdrawals().stream().filter(w -> w.scope().equals("AI_SYSTEM")).forEach(w -> provision.addProvision()
                    .setType(Consent.ConsentProvisionType.DENY).setPeriod(new org.hl7.fhir.r4.model.Period().setStart(Date.from(w.at())))
                    .addCode(new CodeableConcept(new Coding(SYSTEM + ":ai-system", w.target(), w.targetLabel()))));
            if (facts.decision().careWithoutAi() != null) {
                provision.addProvision().setType(facts.decision().careWithoutAi() ? Consent.ConsentProvisionType.DENY : Consent.ConsentProvisionType.PERMIT)
                        .addCode(new CodeableConcept(new Coding(SYSTEM + ":choice", "ai-assisted-care", "AI-assisted care")));
            }
        }
        return consent;
    }

    /** A decline is recorded as a rejected consent; a decision not yet signed (or left for later) as proposed. */
    private static Consent.ConsentState status(PackFacts facts) {
        return switch (facts.status()) {
            case "AGREED" -> Consent.ConsentState.ACTIVE;
            case "DECLINED" -> Consent.ConsentState.REJECTED;
            case "WITHDRAWN" -> Consent.ConsentState.INACTIVE;
            default -> Consent.ConsentState.PROPOSED;
        };
    }

    private static Provenance provenance(PackFacts facts, PackFacts.Signature signed, Reference consent, Reference patient,
                                         @Nullable String png, Bundle bundle) {
        Provenance provenance = new Provenance();
        provenance.addTarget(consent);
        provenance.setRecorded(Date.from(signed.at()));
        provenance.addAgent().setWho(patient);
        Signature signature = provenance.addSignature();
        signature.addType(new Coding(SIGNATURE_TYPES, CONSENT_SIGNATURE, "Consent Signature"));
        signature.setWhen(Date.from(signed.at()));
        signature.setWho(patient);
        if (png != null && !png.isEmpty()) {
            signature.setSigFormat("image/png").setDataElement(new org.hl7.fhir.r4.model.Base64BinaryType(png));
        } else if (signed.typedName() != null) {
            signature.setSigFormat("text/plain").setData(signed.typedName().getBytes(StandardCharsets.UTF_8));
        }
        if (signed.witness() != null) {
            Practitioner witness = new Practitioner();
            witness.addIdentifier().setSystem(SYSTEM + ":staff").setValue(signed.witness());
            Reference witnessRef = add(bundle, witness);
            provenance.addAgent().setWho(witnessRef);
            provenance.addSignature().addType(new Coding(SIGNATURE_TYPES, WITNESS_SIGNATURE, "Witness Signature"))
                    .setWhen(Date.from(signed.at())).setWho(witnessRef);
        }
        return provenance;
    }

    private static QuestionnaireResponse answers(PackFacts facts, Reference patient) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setStatus(facts.endedAt() == null ? QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS
                : QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(patient);
        response.setAuthored(Date.from(facts.startedAt()));
        for (PackFacts.SectionShown section : facts.sections()) {
            var item = response.addItem().setLinkId("section:" + section.id()).setText(section.title());
            item.addAnswer().setValue(new org.hl7.fhir.r4.model.BooleanType(section.acknowledgedAt() != null));
        }
        for (PackFacts.QuizQuestion question : facts.quiz()) {
            for (PackFacts.QuizAttempt attempt : question.attempts()) {
                var item = response.addItem().setLinkId("quiz:" + question.id() + ":" + attempt.attempt()).setText(question.prompt());
                var answer = item.addAnswer().setValue(new Coding(SYSTEM + ":quiz-option", attempt.option(), attempt.answerShown()));
                answer.addItem().setLinkId("quiz:" + question.id() + ":" + attempt.attempt() + ":correct")
                        .addAnswer().setValue(new org.hl7.fhir.r4.model.BooleanType(attempt.correct()));
            }
        }
        return response;
    }

    private static DocumentReference document(PackFacts facts, Reference patient, byte[] pdf) {
        DocumentReference document = new DocumentReference();
        document.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
        document.setSubject(patient);
        document.setDate(new Date());
        document.setDescription("Consent record of journey " + facts.journeyId());
        Attachment attachment = new Attachment().setContentType("application/pdf").setUrl(EvidencePacks.PDF_FILE)
                .setTitle(EvidencePacks.PDF_FILE).setSize(pdf.length).setHash(sha1(pdf));
        document.addContent().setAttachment(attachment);
        return document;
    }

    private static Reference add(Bundle bundle, Resource resource) {
        String fullUrl = "urn:uuid:" + UUID.randomUUID();
        bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
        return new Reference(fullUrl);
    }

    /** FHIR R4's Attachment.hash is a SHA-1 by definition; the manifest carries the SHA-256 of every file. */
    private static byte[] sha1(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
