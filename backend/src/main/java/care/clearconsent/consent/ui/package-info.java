@NullMarked
package care.clearconsent.consent.ui;

import org.jspecify.annotations.NullMarked;
