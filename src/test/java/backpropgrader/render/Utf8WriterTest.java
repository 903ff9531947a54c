package backpropgrader.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The page writer's UTF-8 is Java's own, for every kind of character a page can hold. */
class Utf8WriterTest {

    @Test
    void encodesAsStringGetBytesDoes() {
        SplittableRandom r = new SplittableRandom(7);
        String[] pieces = {"<mi>h</mi>", "∂J/∂w", "ŷ₁ − y₁", "é", "𝟙(z > 0)", "\uD835", "\uDFD9", "plain ascii text ", "½·"};
        Utf8Writer w = new Utf8Writer(); // one writer for every round, as a rendering thread keeps one
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            w.reset();
            for (int i = 0; i < r.nextInt(1, 3000); i++) {
                String p = pieces[r.nextInt(pieces.length)];
                sb.append(p);
                if (r.nextBoolean()) {
                    w.write(p);
                } else {
                    w.write(p.toCharArray(), 0, p.length());
                }
            }
            // pairs split over writes are joined; a lone half becomes '?', as in String.getBytes
            assertArrayEquals(sb.toString().getBytes(StandardCharsets.UTF_8), bytesOf(w));
        }
    }

    @Test
    void aLongPageGrowsItsBuffer() {
        String line = "<p>∂J/∂w[2]_1,1 = −1.744</p>\n".repeat(10_000);
        Utf8Writer w = new Utf8Writer();
        w.write(line);
        assertArrayEquals(line.getBytes(StandardCharsets.UTF_8), bytesOf(w));
        w.reset(); // a short page after it is only itself, and a surrogate left waiting is not carried over
        w.write("\uD835");
        w.reset();
        w.write("<p>ŷ</p>");
        assertArrayEquals("<p>ŷ</p>".getBytes(StandardCharsets.UTF_8), bytesOf(w));
    }

    private static byte[] bytesOf(Utf8Writer w) {
        byte[][] page = new byte[1][];
        w.writeTo((bytes, length) -> page[0] = Arrays.copyOf(bytes, length));
        return page[0];
    }
}
