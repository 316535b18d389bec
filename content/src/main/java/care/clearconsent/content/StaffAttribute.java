package care.clearconsent.content;

/** One attribute of an AI system's staff face (see {@link StaffAttributes}), as written by the content author. */
public record StaffAttribute(String key, String value) {
}
