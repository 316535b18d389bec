@NullMarked
package care.clearconsent.consent.internal;

import org.jspecify.annotations.NullMarked;
