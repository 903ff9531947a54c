package backpropgrader.render;

/**
 * Rows in MathML written only where they group something: a fraction's part or a script that is one element
 * already, or a {@code <math>}'s whole content, needs no {@code <mrow>} around it (it lays out the same, in less
 * markup). Works on the well-formed markup this package writes, with {@link FormulaShape}'s places in it.
 */
final class MathRows {

    private MathRows() {
    }

    /** Markup as one element: itself when it is one already, else in a row (a fraction's part, a power's base). */
    static String group(String content) {
        if (content.startsWith("<mrow>") ? closesAtEnd(content) : single(content) || FormulaShape.isOnePlace(content)) {
            return content;
        }
        return "<mrow>" + content + "</mrow>";
    }

    /** Whether the {@code <mrow>} that {@code s} starts with closes at its very end. */
    static boolean closesAtEnd(String s) {
        if (!s.endsWith("</mrow>")) {
            return false;
        }
        int depth = 0;
        int i = 0;
        while (true) {
            int open = s.indexOf("<mrow>", i);
            int close = s.indexOf("</mrow>", i);
            if (close < 0) {
                return false;
            }
            if (open >= 0 && open < close) {
                depth++;
                i = open + 6;
            } else {
                depth--;
                i = close + 7;
                if (depth == 0) {
                    return i == s.length();
                }
            }
        }
    }

    /** Whether {@code s} is one token or script element with no sibling: {@code <mn>2</mn>}, {@code <msub>…</msub>}. */
    private static boolean single(String s) {
        if (!s.startsWith("<") || s.startsWith("</")) {
            return false;
        }
        int end = s.indexOf('>');
        int space = s.indexOf(' ');
        String name = s.substring(1, space > 0 && space < end ? space : end);
        if (!s.endsWith("</" + name + ">")) {
            return false;
        }
        // the same element must not close before the end (<mn>1</mn><mo>+</mo><mn>2</mn>)
        int depth = 0;
        int i = 0;
        String open = "<" + name;
        String close = "</" + name + ">";
        while (true) {
            int o = s.indexOf(open, i);
            while (o >= 0 && o + open.length() < s.length() && Character.isLetter(s.charAt(o + open.length()))) {
                o = s.indexOf(open, o + 1); // <msub is not <msubsup
            }
            int c = s.indexOf(close, i);
            if (c < 0) {
                return false;
            }
            if (o >= 0 && o < c) {
                depth++;
                i = o + open.length();
            } else {
                depth--;
                i = c + close.length();
                if (depth == 0) {
                    return i == s.length();
                }
            }
        }
    }

}
