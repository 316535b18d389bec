package care.clearconsent.patients;

import java.util.List;
import java.util.OptionalLong;

/**
 * One page of patients, newest registration first.
 *
 * @param olderThan the cursor of the next, older page; empty on the last page
 */
public record PatientPage(List<Patient> patients, OptionalLong olderThan) {
}
