package backpropgrader.grade;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A student's own text as an error message quotes it: at most {@link #LIMIT} characters, then "…", with line
 * breaks, control characters and invisible format characters (bidirectional overrides, zero-width) written as
 * escapes, so that a message stays one short line that shows what is there — on a terminal, in the report and
 * on the feedback page (which escape it as HTML besides). Only ever given text from the submitted file itself.
 */
final class Excerpt {

    /** Characters (code points) quoted before the "…". */
    static final int LIMIT = 60;

    /** A parser's message (it may quote the file) is kept to this many characters. */
    private static final int MESSAGE_LIMIT = 240;

    private static final Pattern QUOTED = Pattern.compile("'([^'\\n]*)'");

    private Excerpt() {
    }

    /** {@code text} in single quotes, shortened and escaped: {@code 'key = value'}. */
    static String quoted(String text) {
        return "'" + of(text) + "'";
    }

    /** {@code text} shortened to {@link #LIMIT} characters (then "…") and escaped. */
    static String of(String text) {
        return of(text, LIMIT);
    }

    /**
     * A parser's own message about the file (Jackson's "Unrecognized token '…'"): its first line, every quoted
     * part shortened as {@link #of} does, the whole kept short.
     */
    static String message(String message) {
        if (message == null) {
            return "";
        }
        String first = message.lines().findFirst().orElse("");
        Matcher m = QUOTED.matcher(first);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(quoted(m.group(1))));
        }
        m.appendTail(out);
        return of(out.toString(), MESSAGE_LIMIT);
    }

    private static String of(String text, int limit) {
        int end = text.offsetByCodePoints(0, Math.min(limit, text.codePointCount(0, text.length())));
        StringBuilder out = new StringBuilder();
        text.substring(0, end).codePoints().forEach(c -> out.append(escape(c)));
        return end < text.length() ? out.append('…').toString() : out.toString();
    }

    private static String escape(int c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                    ? String.format(java.util.Locale.ROOT, "\\u%04X", c) : new String(Character.toChars(c));
        };
    }
}
