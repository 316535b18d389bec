package care.clearconsent.patients;

import care.clearconsent.patients.RegistrationRejected.RegistrationProblem;
import care.clearconsent.patients.internal.HospitalNumbers;
import care.clearconsent.patients.internal.PatientNames;
import care.clearconsent.patients.internal.PatientStore;
import care.clearconsent.patients.internal.PatientStore.Row;
import care.clearconsent.patients.internal.PhoneNumbers;
import care.clearconsent.shared.PersonNames;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Registers patients under a pseudonym and finds them again for staff. */
@Service
public class PatientRegistry {

    static final int MAX_NAME_LENGTH = PatientNames.MAX_LENGTH;
    static final int OLDEST_BIRTH_YEAR = 1900;

    private final PatientStore store;
    private final Clock clock;

    PatientRegistry(PatientStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Registers a patient, or throws {@link RegistrationRejected} naming every problem; nothing is stored then. */
    public Patient register(NewPatient typed, String registeredBy) {
        List<RegistrationProblem> problems = new ArrayList<>();
        String name = PersonNames.clean(typed.name());
        if (name.isEmpty()) {
            problems.add(new RegistrationProblem("name", "registration.name.required"));
        } else if (PersonNames.length(name) > MAX_NAME_LENGTH) {
            problems.add(new RegistrationProblem("name", "registration.name.too-long"));
        } else if (!PatientNames.allowed(name)) {
            problems.add(new RegistrationProblem("name", "registration.name.characters"));
        }
        Optional<String> phone = PhoneNumbers.toE164(typed.phone());
        if (phone.isEmpty()) {
            problems.add(new RegistrationProblem("phone", "registration.phone.invalid"));
        }
        Optional<String> hospitalNumber = HospitalNumbers.normalise(typed.hospitalNumber());
        if (hospitalNumber.isEmpty()) {
            problems.add(new RegistrationProblem("hospitalNumber", "registration.hospital-number.invalid"));
        } else if (store.hospitalNumberTaken(hospitalNumber.get())) {
            problems.add(new RegistrationProblem("hospitalNumber", "registration.hospital-number.taken"));
        }
        OptionalLong birthYear = birthYear(typed.birthYear());
        if (birthYear.isEmpty()) {
            problems.add(new RegistrationProblem("birthYear", "registration.birth-year.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new RegistrationRejected(problems);
        }
        Patient patient = new Patient(PatientId.generate(), name, phone.orElseThrow(), hospitalNumber.orElseThrow(), (int) birthYear.getAsLong(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        try {
            store.insert(patient, registeredBy);
        } catch (DuplicateKeyException registeredMeanwhile) {
            throw new RegistrationRejected(List.of(new RegistrationProblem("hospitalNumber", "registration.hospital-number.taken")));
        }
        return patient;
    }

    public Optional<Patient> find(PatientId id) {
        return store.find(id.value());
    }

    /** A page of patients, newest registration first; {@code olderThan} is the previous page's cursor, or empty for the first page. */
    public PatientPage page(OptionalLong olderThan, int size) {
        List<Row> rows = store.newestFirst(olderThan, size);
        OptionalLong next = rows.isEmpty() || rows.getLast().seq() <= 1 ? OptionalLong.empty() : OptionalLong.of(rows.getLast().seq());
        return new PatientPage(rows.stream().map(Row::patient).toList(), next);
    }

    /** The newest patients, for a first look. */
    public List<Patient> recent(int limit) {
        return page(OptionalLong.empty(), limit).patients();
    }

    /**
     * Patients whose hospital number, mobile number or full name is exactly what was typed (case and spaces in a name
     * do not matter), newest first. Exact, because the stored values are encrypted: a search reveals nothing about
     * names that merely begin the same way.
     */
    public List<Patient> search(String typed) {
        Map<PatientId, Row> found = new LinkedHashMap<>();
        HospitalNumbers.normalise(typed).flatMap(store::byHospitalNumber).ifPresent(row -> found.put(row.patient().id(), row));
        PhoneNumbers.toE164(typed).ifPresent(phone -> store.byPhone(phone).forEach(row -> found.put(row.patient().id(), row)));
        String name = PersonNames.clean(typed);
        if (!name.isEmpty()) {
            store.byName(PersonNames.searchForm(name)).forEach(row -> found.put(row.patient().id(), row));
        }
        return found.values().stream().sorted(Comparator.comparingLong(Row::seq).reversed()).map(Row::patient).toList();
    }

    private OptionalLong birthYear(String typed) {
        String digits = typed.strip();
        if (!digits.matches("[0-9]{4}")) {
            return OptionalLong.empty();
        }
        int year = Integer.parseInt(digits);
        int now = Year.now(clock.withZone(ZoneOffset.UTC)).getValue();
        return year < OLDEST_BIRTH_YEAR || year > now ? OptionalLong.empty() : OptionalLong.of(year);
    }
}
