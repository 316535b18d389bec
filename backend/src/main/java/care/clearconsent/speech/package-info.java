/** Voice readout: per-language text normalisation, speech engines behind one interface, MP3 audio cached by hash. */
@NullMarked
package care.clearconsent.speech;

import org.jspecify.annotations.NullMarked;
