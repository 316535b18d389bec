package care.clearconsent.consent;

import care.clearconsent.consent.internal.PatientReadStore;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The access audit of a patient's own reads through the API (status, content, receipt). Changes are events in the
 * journey's chain; reads are kept here instead, append-only, so a phone that polls its status does not add an event to
 * the consent record every few seconds, and the record still shows who read it and when.
 */
@Service
public class PatientReads {

    private final PatientReadStore store;
    private final Clock clock;

    PatientReads(PatientReadStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Records a read that was answered; a refused read stores nothing. */
    public void record(JourneyId journey, String device, String what) {
        store.append(journey.value(), clock.instant(), device, what);
    }

    /** Oldest first. */
    public List<PatientRead> of(JourneyId journey) {
        return store.of(journey.value()).stream().map(read -> new PatientRead(read.at(), read.device(), read.what())).toList();
    }
}
