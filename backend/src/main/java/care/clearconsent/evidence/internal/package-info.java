/** The log's storage: leaves, perfect-subtree nodes, checkpoints and alarms, in MongoDB. */
@NullMarked
package care.clearconsent.evidence.internal;

import org.jspecify.annotations.NullMarked;
