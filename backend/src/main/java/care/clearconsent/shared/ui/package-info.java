@NullMarked
package care.clearconsent.shared.ui;

import org.jspecify.annotations.NullMarked;
