package backpropgrader.kernel;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every encoding the editors and LMSs save, with the byte-order mark taken off and reported. */
class TextDecoderTest {

    @Test
    void aByteOrderMarkSaysTheEncodingAndIsTakenOff() throws TextDecoder.NotTextException {
        byte[] utf8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'i', 'd'};
        assertEquals(new TextDecoder.Text("id", true), TextDecoder.decode(utf8, "a roster"));
        byte[] le = {(byte) 0xFF, (byte) 0xFE, 'i', 0, 'd', 0};
        assertEquals(new TextDecoder.Text("id", true), TextDecoder.decode(le, "a roster"));
        byte[] be = {(byte) 0xFE, (byte) 0xFF, 0, 'i', 0, 'd'};
        assertEquals(new TextDecoder.Text("id", true), TextDecoder.decode(be, "a roster"));
    }

    @Test
    void withoutAMarkUtf8IsTriedThenWindows1252() throws TextDecoder.NotTextException {
        assertEquals(new TextDecoder.Text("Zoë −1", false),
                TextDecoder.decode("Zoë −1".getBytes(StandardCharsets.UTF_8), "a roster"));
        assertEquals("Zoë €", TextDecoder.decode(new byte[] {'Z', 'o', (byte) 0xEB, ' ', (byte) 0x80}, "a roster")
                .text());
    }

    @Test
    void bytesThatAreNotWhatTheMarkSaysOrThatHoldNulAreNotText() {
        byte[] badUtf8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC3, '('};
        assertEquals("expected UTF-8 text after its byte-order mark, found bytes that are not UTF-8.",
                assertThrows(TextDecoder.NotTextException.class, () -> TextDecoder.decode(badUtf8, "a roster"))
                        .getMessage());
        byte[] binary = {'P', 'K', 3, 4, 0, 0};
        assertEquals("expected a roster, found binary data (it contains NUL bytes).",
                assertThrows(TextDecoder.NotTextException.class, () -> TextDecoder.decode(binary, "a roster"))
                        .getMessage());
    }
}
