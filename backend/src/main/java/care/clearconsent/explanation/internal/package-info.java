@NullMarked
package care.clearconsent.explanation.internal;

import org.jspecify.annotations.NullMarked;
