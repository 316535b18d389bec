@NullMarked
package care.clearconsent.shared.internal;

import org.jspecify.annotations.NullMarked;
