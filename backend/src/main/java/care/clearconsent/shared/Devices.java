package care.clearconsent.shared;

import com.vaadin.flow.server.VaadinSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Names the browser session an event came from without storing the session id, which would let someone take it over. */
public final class Devices {

    private Devices() {
    }

    public static String current() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return "server";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(session.getSession().getId().getBytes(StandardCharsets.UTF_8));
            return "web-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
