package care.clearconsent.consent.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import java.util.Base64;
import java.util.function.Consumer;

/** A canvas to sign on with a finger or stylus (scripts/signature-pad.js in the frontend module). */
@Tag("cc-signature-pad")
@JavaScript("context://scripts/signature-pad.js")
class SignaturePad extends Component {

    private static final String PNG_PREFIX = "data:image/png;base64,";

    SignaturePad(String label) {
        setId("signature-pad");
        getElement().setAttribute("label", label);
    }

    /** Runs when the patient has drawn a stroke. */
    void onDrawn(Runnable action) {
        getElement().addEventListener("signature-drawn", event -> action.run());
    }

    void clear() {
        getElement().callJsFunction("clear");
    }

    /** Reads the drawing as PNG bytes (empty when nothing could be read) and hands it to {@code onImage}. */
    void readPng(Consumer<byte[]> onImage) {
        getElement().callJsFunction("toDataURL").then(String.class, dataUrl -> onImage.accept(
                dataUrl != null && dataUrl.startsWith(PNG_PREFIX) ? decode(dataUrl.substring(PNG_PREFIX.length())) : new byte[0]));
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            return new byte[0];
        }
    }
}
