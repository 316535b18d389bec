package care.clearconsent.consent;

import java.net.http.HttpClient;

/** Opens a journey link over HTTP, as a tablet's browser does first, for tests outside this package. */
public final class JourneyLinkHttpTestSupport {

    private JourneyLinkHttpTestSupport() {
    }

    /** The {@code name=value} of the patient-session cookie the link was exchanged for. */
    public static String exchangeForCookie(HttpClient http, int port, String token) throws Exception {
        return JourneyLinkHttpTest.exchange(http, port, token).cookie();
    }
}
