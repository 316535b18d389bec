@NullMarked
package care.clearconsent.integration.internal;

import org.jspecify.annotations.NullMarked;
