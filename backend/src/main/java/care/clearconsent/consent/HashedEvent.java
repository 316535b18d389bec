package care.clearconsent.consent;

/**
 * One stored event of a journey in the form an outside verifier checks it: {@code hashedText} is the exact text whose
 * SHA-256 is {@code hash} (the RFC 8785 canonical JSON of the stored fields for {@code hashVersion} 1; the earlier
 * sorted JSON for version 0), so the chain can be checked with nothing but the text.
 */
public record HashedEvent(String storageId, long seq, int hashVersion, String hash, String hashedText) {
}
