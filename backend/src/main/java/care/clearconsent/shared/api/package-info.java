/**
 * What every REST endpoint shares: RFC 9457 problem answers with a stable type per error, request size limits,
 * idempotent creation and a not-found that is a problem too.
 */
@NullMarked
package care.clearconsent.shared.api;

import org.jspecify.annotations.NullMarked;
