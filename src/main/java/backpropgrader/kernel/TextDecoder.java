package backpropgrader.kernel;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text files as people's editors, spreadsheet programs and LMSs save them: UTF-8 with or without a byte-order
 * mark, UTF-16 with one (Blackboard's tab-separated downloads, Excel's "Unicode text"), else Windows-1252 (older
 * Windows editors and spreadsheets; every byte decodes there, so names survive). Strict where the file says what
 * it is: bytes after a byte-order mark must be what it announces, and NUL bytes mean binary data, not text.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Bytes that are not text; the message ends a sentence: "expected …, found …." */
    public static final class NotTextException extends Exception {
        NotTextException(String message) {
            super(message);
        }
    }

    /** Decoded text, without its byte-order mark; {@code bom} says whether it had one. */
    public record Text(String text, boolean bom) {
    }

    private TextDecoder() {
    }

    /** @param what what the file should be, for the message ("a text file of answers") */
    public static Text decode(byte[] b, String what) throws NotTextException {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Text(strict(b, 3, StandardCharsets.UTF_8), true);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Text(strict(b, 2, StandardCharsets.UTF_16LE), true);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Text(strict(b, 2, StandardCharsets.UTF_16BE), true);
        }
        for (byte x : b) {
            if (x == 0) {
                throw new NotTextException("expected " + what + ", found binary data (it contains NUL bytes).");
            }
        }
        return new Text(utf8Or(b, WINDOWS_1252), false);
    }

    /** The bytes as UTF-8 when they are valid UTF-8, else in {@code fallback}. */
    public static String utf8Or(byte[] b, Charset fallback) {
        try {
            return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, fallback);
        }
    }

    private static String strict(byte[] b, int skip, Charset cs) throws NotTextException {
        try {
            return decoder(cs).decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new NotTextException("expected " + cs.name() + " text after its byte-order mark, found bytes that"
                    + " are not " + cs.name() + ".");
        }
    }

    private static java.nio.charset.CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
