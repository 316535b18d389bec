package care.clearconsent.content;

/** The label and one-sentence description of a choice the patient makes. */
public record ChoiceText(String label, String description) {
}
