package backpropgrader.exercise;

import java.nio.ByteBuffer;
import java.util.Locale;

/**
 * The variant code (docs/FORMATS.md "Variant code"): seven characters printed on a sheet, its blank answer files
 * and its instructor key, and saved with the answers, that say for whose variant a hand-in was made. One code per
 * variant owner and assignment (the student id, or {@code group:<name>} under group work), the same for every
 * family of the sheet.
 *
 * <p>It is the first 8 bytes of HMAC-SHA256(course secret, {@code assignment ␀ "variant-code" ␀ owner}), as an
 * unsigned number written in base 31 over an alphabet without look-alikes (no 0/O, 1/I/L). Being a keyed one-way
 * function, it reveals nothing of the secret or of any seed (a seed's message has four fields, this one three),
 * and without the secret nobody can make the code of another student; 31⁷ ≈ 2.8·10¹⁰ codes make two owners
 * sharing one practically impossible, and a made-up code practically never anyone's.
 */
public final class VariantCode {

    /** The code's letters: digits and capitals that cannot be mistaken for one another. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 7;

    private VariantCode() {
    }

    /** The code of {@code owner}'s variants in {@code assignment}. */
    public static String of(CourseSecret secret, String assignment, String owner) {
        long n = ByteBuffer.wrap(Seeds.hmac(secret, assignment + '\0' + "variant-code" + '\0' + owner)).getLong();
        char[] out = new char[LENGTH];
        for (int i = LENGTH - 1; i >= 0; i--) {
            out[i] = ALPHABET.charAt((int) Long.remainderUnsigned(n, ALPHABET.length()));
            n = Long.divideUnsigned(n, ALPHABET.length());
        }
        return new String(out);
    }

    /**
     * A code as a person may have written it — lower case, with spaces or a dash — in the form {@link #of}
     * gives, or null when it cannot be a code at all (blank, another length, a letter not in the alphabet).
     */
    public static String normalise(String written) {
        if (written == null) {
            return null;
        }
        String s = written.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (s.length() != LENGTH) {
            return null;
        }
        for (char c : s.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return null;
            }
        }
        return s;
    }
}
