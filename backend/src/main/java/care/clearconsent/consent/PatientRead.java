package care.clearconsent.consent;

import java.time.Instant;

/** A patient's own read of their journey through the API: when, from which device, and what was read. */
public record PatientRead(Instant at, String device, String what) {

    public static final String STATUS = "status";
    public static final String CONTENT = "content";
    public static final String RECEIPT = "receipt";
}
