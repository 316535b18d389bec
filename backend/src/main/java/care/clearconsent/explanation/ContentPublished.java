package care.clearconsent.explanation;

/**
 * A new content version was published (at start, after a setting change or an administrator's review).
 *
 * @param consentAgain whether it is a new major version: patients who agreed to an older one are asked again
 */
public record ContentPublished(String hash, String version, boolean consentAgain) {
}
