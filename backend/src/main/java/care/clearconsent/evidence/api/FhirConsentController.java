package care.clearconsent.evidence.api;

import care.clearconsent.consent.ConsentJourneys;
import care.clearconsent.consent.JourneyId;
import care.clearconsent.consent.JourneySummary;
import care.clearconsent.evidence.EvidencePacks;
import care.clearconsent.integration.ApiClient;
import care.clearconsent.integration.ApiKeyAuthentication;
import care.clearconsent.patients.PatientId;
import care.clearconsent.patients.PatientRegistry;
import care.clearconsent.shared.api.ApiRejected;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * FHIR R4 {@code Consent} search by patient, for hospital systems with an API key that may read evidence: the same
 * Consent resources as the evidence packs, a page at a time ({@code _count}, then the bundle's {@code next} link).
 */
@RestController
@Tag(name = "FHIR", description = "FHIR R4 Consent resources")
class FhirConsentController {

    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");
    private static final int MAX_COUNT = 50;

    private final EvidencePacks packs;
    private final ConsentJourneys journeys;
    private final PatientRegistry patients;

    FhirConsentController(EvidencePacks packs, ConsentJourneys journeys, PatientRegistry patients) {
        this.packs = packs;
        this.journeys = journeys;
        this.patients = patients;
    }

    @GetMapping(path = "/fhir/r4/Consent", produces = {"application/fhir+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Search Consent by patient (the pseudonymous patient id, or Patient/<id>)", security = @SecurityRequirement(name = "api-key"))
    ResponseEntity<String> search(HttpServletRequest request, @RequestParam String patient, @RequestParam(name = "_count", defaultValue = "20") int count,
                                  @RequestParam(name = "_offset", defaultValue = "0") int offset) {
        if (count < 1 || count > MAX_COUNT || offset < 0) {
            throw new ApiRejected(HttpStatus.BAD_REQUEST, "parameter-invalid", "_count must be 1 to " + MAX_COUNT + " and _offset not negative.");
        }
        String pseudonym = patient.startsWith("Patient/") ? patient.substring("Patient/".length()) : patient;
        if (PatientId.parse(pseudonym).flatMap(patients::find).isEmpty()) {
            throw new ApiRejected(HttpStatus.NOT_FOUND, "patient-unknown", "There is no patient with this id.");
        }
        ApiClient client = ApiKeyAuthentication.client(request);
        List<JourneyId> all = journeys.journeysOf(new PatientId(pseudonym)).stream()
                .sorted(Comparator.comparing(JourneySummary::startedAt).reversed().thenComparing(j -> j.id().value())).map(JourneySummary::id).toList();
        List<JourneyId> page = all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + count));
        String self = ServletUriComponentsBuilder.fromRequest(request).toUriString();
        String next = offset + count < all.size() ? ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("_offset", offset + count)
                .toUriString() : null;
        return ResponseEntity.ok().contentType(FHIR_JSON).body(packs.consentSearch(page, pseudonym, client.auditName(), "api", self, next));
    }
}
