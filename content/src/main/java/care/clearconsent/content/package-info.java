/** The explanation content as data: model, loader, canonical hash and the build-time validator. */
@NullMarked
package care.clearconsent.content;

import org.jspecify.annotations.NullMarked;
