@NullMarked
package care.clearconsent.speech.api;

import org.jspecify.annotations.NullMarked;
