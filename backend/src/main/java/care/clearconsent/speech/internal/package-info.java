@NullMarked
package care.clearconsent.speech.internal;

import org.jspecify.annotations.NullMarked;
