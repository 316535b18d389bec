@NullMarked
package care.clearconsent.integration.api;

import org.jspecify.annotations.NullMarked;
