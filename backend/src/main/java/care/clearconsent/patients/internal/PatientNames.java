package care.clearconsent.patients.internal;

import java.util.regex.Pattern;

/** What a patient's name may hold once cleaned ({@link care.clearconsent.shared.PersonNames}): letters, marks, spaces and the few signs names use. */
public final class PatientNames {

    public static final int MAX_LENGTH = 100;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M} '’.\\-·]+");

    private PatientNames() {
    }

    public static boolean allowed(String cleaned) {
        return NAME.matcher(cleaned).matches();
    }
}
