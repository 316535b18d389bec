@NullMarked
package care.clearconsent.reminders.api;

import org.jspecify.annotations.NullMarked;
