package care.clearconsent.shared;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one spelling of a person's name, wherever one is typed (a patient, a representative, a typed signature): NFC,
 * single spaces, and nothing invisible: no control, format (bidi overrides, zero-width), private-use or unassigned
 * characters, so no name can read differently on screen from what is stored.
 */
public final class PersonNames {

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}\\p{Cn}]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private PersonNames() {
    }

    public static String clean(@Nullable String typed) {
        if (typed == null) {
            return "";
        }
        // Tabs and line breaks become spaces first: otherwise, being control characters, they would join two words.
        String spaced = SPACES.matcher(Normalizer.normalize(typed, Normalizer.Form.NFC)).replaceAll(" ");
        String visible = INVISIBLE.matcher(spaced).replaceAll("");
        return SPACES.matcher(visible).replaceAll(" ").strip();
    }

    /** Length as a person counts it: characters, not UTF-16 units. */
    public static int length(String cleaned) {
        return cleaned.codePointCount(0, cleaned.length());
    }

    /** Without spaces, in lower case: "김 영희" and "김영희", "KIM" and "Kim" are one name to a search. */
    public static String searchForm(String cleaned) {
        return SPACES.matcher(cleaned.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
    }
}
