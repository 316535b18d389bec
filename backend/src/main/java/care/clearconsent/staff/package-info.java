/** Staff sign-in and roles, and the nurse's workspace for registering patients and handing over the tablet. */
@NullMarked
package care.clearconsent.staff;

import org.jspecify.annotations.NullMarked;
