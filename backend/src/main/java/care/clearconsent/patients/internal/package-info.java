@NullMarked
package care.clearconsent.patients.internal;

import org.jspecify.annotations.NullMarked;
