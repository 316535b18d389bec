/**
 * Consent journeys: every step a patient takes, stored as append-only, hash-chained events, under rules of informed
 * consent the service enforces for every client; and who may continue a journey (one-time links, patient sessions).
 */
@NullMarked
package care.clearconsent.consent;

import org.jspecify.annotations.NullMarked;
