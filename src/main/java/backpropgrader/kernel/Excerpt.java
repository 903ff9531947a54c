package backpropgrader.kernel;

import java.util.Locale;

/**
 * How much of a student's own text any output may quote: at most {@value #CHARACTERS} characters, then "…", with
 * control and direction characters (a new line, a carriage return, U+202E) written as {@code \}{@code uXXXX} so
 * that a quoted value can neither forge a line of a message nor turn text around. Every error message, warning,
 * report row and console line that quotes a submitted value, key, exercise id or line goes through here, so a
 * 2 MB hand-in never becomes a 2 MB message (or a report many times its size). HTML escaping stays the
 * templates' business.
 */
public final class Excerpt {

    /** Characters of student text quoted at most. */
    public static final int CHARACTERS = 60;
    /** Characters of an answer shown back on its own student's feedback page: as many as the marker reads. */
    public static final int ANSWER_CHARACTERS = 200;

    private Excerpt() {
    }

    /** The text, shortened and escaped as above; null stays null. */
    public static String of(String text) {
        return of(text, CHARACTERS);
    }

    /** The text, at most {@code characters} long (then "…"), escaped as above; null stays null. */
    public static String of(String text, int characters) {
        if (text == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(Math.min(text.length(), characters + 8));
        int shown = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            if (shown++ == characters) {
                return b.append('…').toString();
            }
            int c = text.codePointAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                b.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        }
        return b.toString();
    }

    /** {@link #of} between single quotes, as messages quote what was found: {@code 'z[1]_1 = 1.25'}. */
    public static String quoted(String text) {
        return "'" + of(text) + "'";
    }
}
