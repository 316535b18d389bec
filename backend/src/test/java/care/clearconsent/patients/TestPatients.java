package care.clearconsent.patients;

import java.util.concurrent.atomic.AtomicLong;

/** Patients for tests that need one but do not test registration: each with its own hospital number. */
public final class TestPatients {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private TestPatients() {
    }

    public static NewPatient newPatient(String name, String phone) {
        return newPatient(name, phone, 1950);
    }

    public static NewPatient newPatient(String name, String phone, int birthYear) {
        return new NewPatient(name, phone, "T-" + NEXT.incrementAndGet(), Integer.toString(birthYear));
    }
}
