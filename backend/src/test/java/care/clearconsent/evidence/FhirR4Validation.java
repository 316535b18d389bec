package care.clearconsent.evidence;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/** HAPI FHIR's R4 validator, offline (structure definitions from Maven Central, no terminology server), built once. */
public final class FhirR4Validation {

    public static final FhirContext FHIR = FhirContext.forR4Cached();
    private static FhirValidator validator;

    private FhirR4Validation() {
    }

    /** The validator's errors (and worse) for a resource, each with where it is. */
    public static synchronized List<String> errors(String json) {
        if (validator == null) {
            var support = new ValidationSupportChain(new ca.uhn.fhir.context.support.DefaultProfileValidationSupport(FHIR),
                    new CommonCodeSystemsTerminologyService(FHIR), new InMemoryTerminologyServerValidationSupport(FHIR),
                    new SnapshotGeneratingValidationSupport(FHIR));
            validator = FHIR.newValidator();
            validator.registerValidatorModule(new FhirInstanceValidator(support));
        }
        ValidationResult result = validator.validateWithResult(json);
        return result.getMessages().stream().filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(m -> m.getLocationString() + ": " + m.getMessage()).toList();
    }
}
