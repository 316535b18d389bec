@NullMarked
package care.clearconsent.consent.api;

import org.jspecify.annotations.NullMarked;
