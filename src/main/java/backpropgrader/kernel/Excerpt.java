package backpropgrader.kernel;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of a student's own text any output may quote: at most {@value #CHARACTERS} characters (code points),
 * then "…", with line breaks, control characters and invisible format characters (bidirectional overrides,
 * zero-width) written as escapes, so that a quoted value can neither forge a line of a message nor turn text
 * around. Every error message, warning, report row and console line that quotes a submitted value, key, exercise
 * id or line goes through here, so a 2 MB hand-in never becomes a 2 MB message (or a report many times its size).
 * Only ever given text from the submitted file itself; HTML escaping stays the templates' business.
 */
public final class Excerpt {

    /** Characters of student text quoted at most. */
    public static final int CHARACTERS = 60;
    /** Characters of an answer shown back on its own student's feedback page: as many as the marker reads. */
    public static final int ANSWER_CHARACTERS = 200;
    /** A parser's message (it may quote the file) is kept to this many characters. */
    private static final int MESSAGE_CHARACTERS = 240;

    private static final Pattern QUOTED = Pattern.compile("'([^'\\n]*)'");

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
        int end = text.offsetByCodePoints(0, Math.min(characters, text.codePointCount(0, text.length())));
        StringBuilder out = new StringBuilder(end + 8);
        text.substring(0, end).codePoints().forEach(c -> out.append(escape(c)));
        return end < text.length() ? out.append('…').toString() : out.toString();
    }

    /** {@link #of} between single quotes, as messages quote what was found: {@code 'z[1]_1 = 1.25'}. */
    public static String quoted(String text) {
        return "'" + of(text) + "'";
    }

    /**
     * A parser's own message about the file (Jackson's "Unrecognized token '…'"): its first line, every quoted
     * part shortened as {@link #of} does, the whole kept short.
     */
    public static String message(String message) {
        if (message == null) {
            return "";
        }
        String first = withoutSource(message.lines().findFirst().orElse(""));
        Matcher m = QUOTED.matcher(first);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(quoted(m.group(1))));
        }
        m.appendTail(out);
        return of(out.toString(), MESSAGE_CHARACTERS);
    }

    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)]");

    /**
     * A parser's message with the place it names in plain words: Jackson writes a bracket's start as "[Source:
     * REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 35]", which becomes
     * "line 1, column 35". Null stays null.
     */
    public static String withoutSource(String message) {
        return message == null ? null : SOURCE.matcher(message).replaceAll("line $1, column $2");
    }

    private static String escape(int c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                    ? String.format(Locale.ROOT, "\\u%04X", c) : new String(Character.toChars(c));
        };
    }
}
