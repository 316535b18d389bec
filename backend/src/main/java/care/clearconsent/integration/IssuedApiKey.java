package care.clearconsent.integration;

/** A new key: {@code token} is shown to the administrator once and never stored; only its hash is. */
public record IssuedApiKey(ApiClient client, String token) {
}
