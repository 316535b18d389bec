/** What every feature shares: display modes, the clock, the page layout, storage infrastructure. */
@NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package care.clearconsent.shared;

import org.jspecify.annotations.NullMarked;
