package backpropgrader.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A page written straight into UTF-8 bytes as the template produces it. A class's feedback is hundreds of
 * megabytes of mostly-ASCII HTML with some ∂, ŷ and −; building a String first and encoding it after cost more
 * than rendering (Java 17 encodes such strings on a slow path).
 */
final class Utf8Writer extends Writer {

    private byte[] bytes = new byte[1 << 16];
    private int size;
    private char high; // a high surrogate waiting for its low half

    @Override
    public void write(char[] c, int off, int len) {
        ensure(len * 3 + 1);
        byte[] b = bytes;
        int n = size;
        for (int i = off, end = off + len; i < end; i++) {
            char ch = c[i];
            if (high != 0) { // a pair may arrive split over two writes
                char h = high;
                high = 0;
                if (Character.isLowSurrogate(ch)) {
                    int cp = Character.toCodePoint(h, ch);
                    b[n++] = (byte) (0xF0 | cp >> 18);
                    b[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[n++] = (byte) (0x80 | cp & 0x3F);
                    continue;
                }
                b[n++] = '?'; // an unpaired half, as String.getBytes writes it
            }
            if (ch < 0x80) {
                b[n++] = (byte) ch;
            } else if (Character.isHighSurrogate(ch)) {
                high = ch;
            } else if (Character.isLowSurrogate(ch)) {
                b[n++] = '?';
            } else if (ch < 0x800) {
                b[n++] = (byte) (0xC0 | ch >> 6);
                b[n++] = (byte) (0x80 | ch & 0x3F);
            } else {
                b[n++] = (byte) (0xE0 | ch >> 12);
                b[n++] = (byte) (0x80 | ch >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | ch & 0x3F);
            }
        }
        size = n;
    }

    /** Where a string's characters are copied to be encoded: one buffer for the page, not one per write. */
    private final char[] chunk = new char[8192];

    /**
     * Long strings that every page writes whole, encoded once ({@link #shared}): a sheet's inlined core is 130 KB,
     * the same string on every sheet of the class. Recognised by identity, so that another long string (a
     * diagram) costs nothing to tell apart.
     */
    private static volatile Object[] shared = new Object[0]; // string, its bytes, string, its bytes, …

    /** Registers a string that many pages will write whole; returns it. */
    static synchronized String shared(String s) {
        Object[] old = shared;
        Object[] now = Arrays.copyOf(old, old.length + 2);
        now[old.length] = s;
        now[old.length + 1] = s.getBytes(StandardCharsets.UTF_8);
        shared = now;
        return s;
    }

    @Override
    public void write(String s) {
        if (high == 0) {
            Object[] known = shared;
            for (int i = 0; i < known.length; i += 2) {
                if (known[i] == s) {
                    byte[] e = (byte[]) known[i + 1];
                    ensure(e.length);
                    System.arraycopy(e, 0, bytes, size, e.length);
                    size += e.length;
                    return;
                }
            }
        }
        write(s, 0, s.length());
    }

    @Override
    public void write(String s, int off, int len) {
        for (int done = 0; done < len; done += chunk.length) {
            int k = Math.min(chunk.length, len - done);
            s.getChars(off + done, off + done + k, chunk, 0);
            write(chunk, 0, k);
        }
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    /** Ends the page (a high surrogate left waiting is written as '?') and hands its bytes to {@code sink}. */
    void writeTo(PageSink sink) {
        if (high != 0) {
            ensure(1);
            bytes[size++] = '?';
            high = 0;
        }
        sink.accept(bytes, size);
    }

    /** Empties the writer for the next page, keeping its buffer. */
    void reset() {
        size = 0;
        high = 0;
    }

    int capacity() {
        return bytes.length;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
