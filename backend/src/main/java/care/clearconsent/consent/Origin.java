package care.clearconsent.consent;

/** Who acted and on which device (a keyed digest of the browser session, never the session id itself). */
public record Origin(Actor actor, String device) {
}
