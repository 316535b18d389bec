package care.clearconsent.patients;

/**
 * A patient as the nurse typed them in, before any check.
 *
 * @param name the name shown to staff and on the receipt
 * @param phone a mobile number, national (010-1234-5678) or international (+82 10 1234 5678)
 * @param hospitalNumber the institution's own patient number; unique
 * @param birthYear four digits; tells patients with the same name apart and places them in an age band
 */
public record NewPatient(String name, String phone, String hospitalNumber, String birthYear) {
}
