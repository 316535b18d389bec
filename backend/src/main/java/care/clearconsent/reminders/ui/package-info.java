@NullMarked
package care.clearconsent.reminders.ui;

import org.jspecify.annotations.NullMarked;
