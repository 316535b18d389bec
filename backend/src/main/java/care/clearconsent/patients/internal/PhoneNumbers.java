package care.clearconsent.patients.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import java.util.Optional;
import java.util.Set;

/** Checks a phone number the way libphonenumber knows it; national numbers are read as Korean. */
public final class PhoneNumbers {

    private static final String DEFAULT_REGION = "KR";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    // Reminders go out by SMS, so a landline is no use.
    private static final Set<PhoneNumberType> TEXTABLE = Set.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE);

    private PhoneNumbers() {
    }

    /** The number in E.164 form (+821012345678), or empty when it is not a valid mobile number. */
    public static Optional<String> toE164(String typed) {
        if (typed.isBlank() || typed.length() > 30) {
            return Optional.empty();
        }
        try {
            var number = UTIL.parse(typed, DEFAULT_REGION);
            if (!UTIL.isValidNumber(number) || !TEXTABLE.contains(UTIL.getNumberType(number))) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
