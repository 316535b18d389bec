/** The explanation catalogue: published, immutable content versions identified by their hash. */
@NullMarked
package care.clearconsent.explanation;

import org.jspecify.annotations.NullMarked;
