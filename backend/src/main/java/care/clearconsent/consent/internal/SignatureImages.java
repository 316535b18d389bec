package care.clearconsent.consent.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Checks that a signature is a real PNG with ink on it, so an empty canvas can never count as signed. */
public final class SignatureImages {

    public static final int MAX_BYTES = 512 * 1024;
    /** A tablet's signature area at three device pixels per CSS pixel fits well inside these. */
    static final int MAX_SIDE = 4096;
    static final long MAX_PIXELS = 4L * 1024 * 1024;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int MIN_INKED_PIXELS = 40;

    private SignatureImages() {
    }

    /** Refuses an image that is not a PNG with ink on it. */
    public static void requireInk(byte[] png) {
        if (!hasInk(png)) {
            throw new care.clearconsent.consent.JourneyRejected("journey.signature.empty");
        }
    }

    public static boolean hasInk(byte[] png) {
        if (png.length == 0 || png.length > MAX_BYTES || !declaresSensibleSize(png)) {
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

    /**
     * Reads width and height from the PNG header before anything is decoded: a few hundred bytes can declare an image
     * of billions of pixels, which the decoder would try to allocate.
     */
    static boolean declaresSensibleSize(byte[] png) {
        if (png.length < 24 || !java.util.Arrays.equals(png, 0, 8, PNG_SIGNATURE, 0, 8)
                || !"IHDR".equals(new String(png, 12, 4, java.nio.charset.StandardCharsets.US_ASCII))) {
            return false;
        }
        var header = java.nio.ByteBuffer.wrap(png, 16, 8);
        long width = Integer.toUnsignedLong(header.getInt());
        long height = Integer.toUnsignedLong(header.getInt());
        return width > 0 && height > 0 && width <= MAX_SIDE && height <= MAX_SIDE && width * height <= MAX_PIXELS;
    }
}
