@NullMarked
package care.clearconsent.reminders.internal;

import org.jspecify.annotations.NullMarked;
