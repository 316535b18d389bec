package care.clearconsent.consent;

import static org.assertj.core.api.Assertions.assertThat;

import care.clearconsent.consent.internal.SignatureImages;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/** A signature image is judged by its declared size before it is decoded, so a decompression bomb costs nothing. */
class SignatureImagesTest {

    @Test
    void a_small_png_declaring_a_huge_image_is_refused_without_allocating_it() {
        byte[] bomb = bombPng(50_000, 50_000);
        assertThat(bomb.length).isLessThan(SignatureImages.MAX_BYTES);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        boolean accepted = SignatureImages.hasInk(bomb);

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(accepted).isFalse();
        // Decoding 50,000 x 50,000 pixels would need gigabytes; refusing from the header needs almost nothing.
        assertThat(allocated).isLessThan(1_000_000);
    }

    @Test
    void a_png_of_a_sensible_size_with_ink_is_accepted() {
        assertThat(SignatureImages.hasInk(SignatureFixtures.inkedPng())).isTrue();
        assertThat(SignatureImages.hasInk(SignatureFixtures.blankPng())).isFalse();
    }

    /** A valid PNG header and one zlib stream of zeros: a few kilobytes that claim width x height pixels. */
    static byte[] bombPng(int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0)
                .put((byte) 0).array());
        Deflater deflater = new Deflater(9);
        deflater.setInput(new byte[1 << 20]);
        deflater.finish();
        byte[] compressed = new byte[1 << 16];
        int length = deflater.deflate(compressed);
        chunk(png, "IDAT", java.util.Arrays.copyOf(compressed, length));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
