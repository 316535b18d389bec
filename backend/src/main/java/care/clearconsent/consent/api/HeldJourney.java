package care.clearconsent.consent.api;

import care.clearconsent.consent.Journey;
import care.clearconsent.consent.JourneyId;
import care.clearconsent.consent.Origin;

/** The one journey a patient's session token holds, and the origin its events are recorded with. */
record HeldJourney(Journey journey, Origin origin) {

    JourneyId id() {
        return journey.id();
    }
}
