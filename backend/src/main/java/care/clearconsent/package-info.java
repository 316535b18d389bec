/** ClearConsent: explains medical AI and data handling to patients and records their informed decision. */
@NullMarked
package care.clearconsent;

import org.jspecify.annotations.NullMarked;
