/**
 * Consent evidence: an institution-wide, append-only transparency log (a Merkle tree, RFC 6962) over every consent
 * event, signed checkpoints, and the verifiers that prove the record was not changed afterwards.
 */
@NullMarked
package care.clearconsent.evidence;

import org.jspecify.annotations.NullMarked;
