@NullMarked
package care.clearconsent.staff.ui;

import org.jspecify.annotations.NullMarked;
