package care.clearconsent.content;

import java.util.List;

/**
 * What the staff face of every AI system must state: the source attributes of the ONC HTI-1 list for predictive
 * decision support (45 CFR 170.315(b)(11)(iv)) together with the fields of the CHAI applied model card, grouped as
 * the staff page shows them. A card missing one of them does not pass the checks.
 */
public final class StaffAttributes {

    /** A heading on the staff page and the attributes under it. */
    public record Group(String id, List<String> keys) {

        public Group {
            keys = List.copyOf(keys);
        }
    }

    public static final List<Group> GROUPS = List.of(
            new Group("details", List.of(
                    "developer",              // HTI-1 (1)(i) name and contact; CHAI developer, inquiries
                    "funding-source",         // HTI-1 (1)(ii); CHAI funding source
                    "release",                // CHAI release stage, release date, version, global availability
                    "output",                 // HTI-1 (1)(iii) value produced; CHAI outcomes and outputs
                    "output-type",            // HTI-1 (1)(iv) prediction, classification, recommendation, ...
                    "model-type",             // CHAI model type, foundation models
                    "regulatory-status")),    // CHAI regulatory approval
            new Group("purpose", List.of(
                    "intended-use",           // HTI-1 (2)(i); CHAI intended use and workflow
                    "intended-patients",      // HTI-1 (2)(ii); CHAI targeted patient population
                    "intended-users",         // HTI-1 (2)(iii); CHAI primary intended users
                    "decision-role",          // HTI-1 (2)(iv) informs, augments or replaces clinical management
                    "how-to-use")),           // CHAI how to use
            new Group("cautions", List.of(
                    "out-of-scope-uses",      // HTI-1 (3)(i); CHAI cautioned out-of-scope settings and use cases
                    "known-risks",            // HTI-1 (3)(ii); CHAI known risks and limitations
                    "known-biases",           // CHAI known biases or ethical considerations
                    "clinical-risk-level")),  // CHAI clinical risk level
            new Group("development", List.of(
                    "training-data-criteria", // HTI-1 (4)(i) inclusion and exclusion criteria
                    "input-features",         // HTI-1 (4)(ii) use of demographic and social variables; CHAI input data
                    "training-representativeness", // HTI-1 (4)(iii); CHAI development data characterisation
                    "training-relevance")),   // HTI-1 (4)(iv) relevance to the deployed setting
            new Group("fairness", List.of(
                    "fairness-approach",      // HTI-1 (5)(i)
                    "bias-mitigation")),      // HTI-1 (5)(ii); CHAI bias mitigation approaches
            new Group("external-validation", List.of(
                    "external-validation-data",   // HTI-1 (6)(i) data source, clinical setting
                    "external-validation-party",  // HTI-1 (6)(ii)
                    "external-validation-representativeness", // HTI-1 (6)(iii)
                    "external-validation-process")),          // HTI-1 (6)(iv)
            new Group("performance", List.of(
                    "validity-internal",      // HTI-1 (7)(i); CHAI key metrics
                    "fairness-internal",      // HTI-1 (7)(ii)
                    "validity-external",      // HTI-1 (7)(iii)
                    "fairness-external",      // HTI-1 (7)(iv)
                    "outcome-evaluations")),  // HTI-1 (7)(v); CHAI evaluation references, publications
            new Group("maintenance", List.of(
                    "update-schedule",        // HTI-1 (8)(i)/(9); CHAI ongoing maintenance
                    "validity-monitoring",    // HTI-1 (9)(i) process and frequency
                    "validity-local",         // HTI-1 (8)(ii)
                    "fairness-monitoring",    // HTI-1 (9)(ii) process and frequency
                    "fairness-local")),       // HTI-1 (8)(iii)
            new Group("transparency", List.of(
                    "security-and-compliance",   // CHAI security and compliance environment practices
                    "third-parties",             // CHAI third-party information, stakeholders consulted
                    "accountability",            // CHAI transparency, intelligibility and accountability mechanisms
                    "patient-disclosure")));     // CHAI patient consent or disclosure required

    public static final List<String> KEYS = GROUPS.stream().flatMap(group -> group.keys().stream()).toList();

    private StaffAttributes() {
    }
}
