package care.clearconsent.patients.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The institution's patient number in one spelling: upper case, without spaces; letters, digits and hyphens, up to 20. */
public final class HospitalNumbers {

    private static final Pattern FORM = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,19}");

    private HospitalNumbers() {
    }

    public static Optional<String> normalise(String typed) {
        String compact = typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return FORM.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }
}
