/** Consent journeys: every step a patient takes, stored as append-only, hash-chained events. */
@NullMarked
package care.clearconsent.consent;

import org.jspecify.annotations.NullMarked;
