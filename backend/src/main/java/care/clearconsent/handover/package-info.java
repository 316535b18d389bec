/**
 * Handing a tablet to a patient without a password on it: the tablet shows a short code and a QR code, the nurse
 * pairs it from their own signed-in device, and takes it back the same way.
 */
@NullMarked
package care.clearconsent.handover;

import org.jspecify.annotations.NullMarked;
