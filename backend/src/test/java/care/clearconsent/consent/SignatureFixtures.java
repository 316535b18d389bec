package care.clearconsent.consent;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** PNG signatures like the canvas produces: transparent background, black strokes. */
public final class SignatureFixtures {

    private SignatureFixtures() {
    }

    public static byte[] inkedPng() {
        BufferedImage image = new BufferedImage(400, 150, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setStroke(new BasicStroke(3));
        g.setColor(java.awt.Color.BLACK);
        g.drawPolyline(new int[] {20, 80, 140, 200, 260}, new int[] {100, 40, 110, 50, 90}, 5);
        g.dispose();
        return png(image);
    }

    public static byte[] blankPng() {
        return png(new BufferedImage(400, 150, BufferedImage.TYPE_INT_ARGB));
    }

    private static byte[] png(BufferedImage image) {
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
