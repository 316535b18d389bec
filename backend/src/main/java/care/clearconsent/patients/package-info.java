/** Pseudonymous patients: the only place that holds names and phone numbers. */
@NullMarked
package care.clearconsent.patients;

import org.jspecify.annotations.NullMarked;
