/**
 * Hospital systems: API keys per system (created and revoked by an administrator, stored hashed, shown once, scoped)
 * and the institution API they open (invitations, consent status; FHIR Consent in {@code evidence.api}).
 */
@NullMarked
package care.clearconsent.integration;

import org.jspecify.annotations.NullMarked;
