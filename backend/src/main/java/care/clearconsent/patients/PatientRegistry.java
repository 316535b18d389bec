package care.clearconsent.patients;

import care.clearconsent.patients.RegistrationRejected.RegistrationProblem;
import care.clearconsent.patients.internal.PatientDocument;
import care.clearconsent.patients.internal.PatientRepository;
import care.clearconsent.patients.internal.PhoneNumbers;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** Registers patients under a pseudonym and finds them again for staff. */
@Service
public class PatientRegistry {

    static final int MAX_NAME_LENGTH = 100;

    private final PatientRepository patients;
    private final Clock clock;

    PatientRegistry(PatientRepository patients, Clock clock) {
        this.patients = patients;
        this.clock = clock;
    }

    /**
     * Registers a patient, or throws {@link RegistrationRejected} naming every problem; nothing is stored then.
     *
     * @param phoneNumber as typed: national (010-1234-5678) or international (+82 10 1234 5678)
     */
    public Patient register(String displayName, String phoneNumber, String registeredBy) {
        String name = displayName.strip();
        List<RegistrationProblem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(new RegistrationProblem("name", "registration.name.required"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add(new RegistrationProblem("name", "registration.name.too-long"));
        }
        Optional<String> phone = PhoneNumbers.toE164(phoneNumber);
        if (phone.isEmpty()) {
            problems.add(new RegistrationProblem("phone", "registration.phone.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new RegistrationRejected(problems);
        }
        var document = new PatientDocument(PatientId.generate().value(), name, phone.orElseThrow(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), registeredBy);
        patients.insert(document);
        return toPatient(document);
    }

    public Optional<Patient> find(PatientId id) {
        return patients.findById(id.value()).map(PatientRegistry::toPatient);
    }

    public List<Patient> recent(int limit) {
        return patients.findAll(Sort.by(Sort.Direction.DESC, "registeredAt")).stream().limit(limit).map(PatientRegistry::toPatient).toList();
    }

    private static Patient toPatient(PatientDocument document) {
        return new Patient(new PatientId(document.id()), document.displayName(), document.phoneNumber(), document.registeredAt());
    }
}
