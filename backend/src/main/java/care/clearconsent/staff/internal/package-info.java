@NullMarked
package care.clearconsent.staff.internal;

import org.jspecify.annotations.NullMarked;
