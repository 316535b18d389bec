/**
 * Text reminders: a personal link to the patient's phone, sent through Twilio from an outbox in the store, never
 * twice, never at night, stopped at once when the patient or the nurse says so.
 */
@NullMarked
package care.clearconsent.reminders;

import org.jspecify.annotations.NullMarked;
