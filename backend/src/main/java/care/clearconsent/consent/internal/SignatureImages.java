package care.clearconsent.consent.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Checks that a signature is a real PNG with ink on it, so an empty canvas can never count as signed. */
public final class SignatureImages {

    public static final int MAX_BYTES = 512 * 1024;
    private static final int MIN_INKED_PIXELS = 40;

    private SignatureImages() {
    }

    public static boolean hasInk(byte[] png) {
        if (png.length == 0 || png.length > MAX_BYTES) {
            return false;
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                return false;
            }
            int inked = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if ((image.getRGB(x, y) >>> 24) > 128 && ++inked >= MIN_INKED_PIXELS) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException notAnImage) {
            return false;
        }
    }
}
