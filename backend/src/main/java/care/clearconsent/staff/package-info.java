/**
 * Staff sign-in (throttled, ending when idle), roles and accounts created by administrators, and the nurse's workspace
 * for registering patients and handing over the tablet.
 */
@NullMarked
package care.clearconsent.staff;

import org.jspecify.annotations.NullMarked;
