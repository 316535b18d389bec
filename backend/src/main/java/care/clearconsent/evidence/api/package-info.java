@NullMarked
package care.clearconsent.evidence.api;

import org.jspecify.annotations.NullMarked;
