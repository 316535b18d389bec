package care.clearconsent.content;

/**
 * Someone outside the care team who receives patient data, as declared in {@code package.yaml}. A new recipient,
 * or a recipient moving abroad, is a major change: patients must consent again.
 *
 * @param country empty when the data stays in Korea
 */
public record Recipient(String id, String country) {

    public boolean abroad() {
        return !country.isBlank();
    }
}
