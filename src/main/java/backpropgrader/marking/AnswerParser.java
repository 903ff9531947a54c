package backpropgrader.marking;

import backpropgrader.engine.Numbers;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import net.objecthunter.exp4j.function.Function;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers as people type them: Unicode minus and dashes, a decimal comma ({@code -1,744}), exponents
 * ({@code 1.2e-3}), fractions ({@code 3/4}) and simple arithmetic ({@code 1 - 0.1*(-1.744)}, {@code ×}, {@code ·},
 * {@code ÷}, {@code **}, {@code exp}, {@code ln}), with spaces around; a leading {@code ≈}, {@code ~} or {@code =}
 * and a trailing {@code …} or {@code ...} are dropped ({@code ≈ −1.85}, {@code 0.1900…}). Any other text makes the
 * value unreadable. Expressions are evaluated by exp4j, which knows arithmetic and the usual one-argument functions
 * and nothing else: nothing typed is ever executed. The sheet checks each box with this same class as it is typed
 * (compiled for the browser), so a problem is a whole sentence fragment a student can act on, never exp4j's own
 * message.
 */
public final class AnswerParser {

    static final int MAX_LENGTH = 200;
    /** Exponents a number literal may have (a double's range is about ±308, its smallest step 4.9e-324). */
    static final int MAX_EXPONENT = 400;
    /** Characters of a typed value a message quotes. */
    static final int SHOWN = 60;
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern LITERAL = Pattern.compile("(\\d*\\.\\d+|\\d+\\.?)([eE][+-]?\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+\\.\\d*");
    private static final Pattern ALLOWED = Pattern.compile("[0-9A-Za-z.+\\-*/^() ]*");
    /** A word in an expression that exp4j does not know ("rounded", "about"); the functions it does know. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern KNOWN = Pattern.compile(
            "(?i)exp|ln|log|sqrt|cbrt|abs|pi|e|sin|cos|tan|asin|acos|atan|sinh|cosh|tanh|ceil|floor|signum");
    private static final Function LN = new Function("ln", 1) {
        @Override
        public double apply(double... args) {
            return Math.log(args[0]);
        }
    };

    private AnswerParser() {
    }

    /** A number (or blank, or a reason it is neither) from what was typed. */
    public static Answer parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Answer.blank(raw);
        }
        String s;
        try {
            s = normalise(raw);
        } catch (IllegalArgumentException e) {
            return Answer.invalid(raw, e.getMessage());
        }
        if (PLAIN.matcher(s).matches()) {
            double v = Double.parseDouble(s);
            return Double.isFinite(v) ? new Answer(raw, v, Numbers.decimalsOf(s), null, false)
                    : Answer.invalid(raw, quote(raw.strip()) + " is too large a number to read");
        }
        try {
            double v = build(s).evaluate();
            if (!Double.isFinite(v)) {
                return Answer.invalid(raw, quote(raw.strip()) + " does not give a finite number");
            }
            return new Answer(raw, v, literalDecimals(s), null, true);
        } catch (ArithmeticException e) {
            return Answer.invalid(raw, quote(raw.strip()) + " divides by zero");
        } catch (RuntimeException e) {
            return Answer.invalid(raw, quote(raw.strip()) + " is not a number or a simple arithmetic expression"
                    + unknownWord(s));
        }
    }

    /** What exp4j could not read, in words: the first word that is not one of its functions ("rounded"). */
    private static String unknownWord(String s) {
        Matcher m = WORD.matcher(s.replaceAll("(\\d)[eE]([+-]?\\d)", "$1 $2"));
        while (m.find()) {
            if (!KNOWN.matcher(m.group()).matches()) {
                return " ('" + m.group() + "' is not part of one)";
            }
        }
        return "";
    }

    private static Expression build(String s) {
        return new ExpressionBuilder(s).function(LN).implicitMultiplication(true).build();
    }

    /** The typed text in exp4j's syntax, or IllegalArgumentException naming what cannot be read. */
    static String normalise(String raw) {
        String s = raw.strip();
        if (s.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the value is " + s.length() + " characters long; at most "
                    + MAX_LENGTH + " are read");
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '−', '–', '—', '‒', '﹣', '－' -> b.append('-');
                case '×', '·', '⋅', '∙', '✕' -> b.append('*');
                case '÷', '∕' -> b.append('/');
                case '\u00A0', '\u2009', '\u202F', '\t' -> b.append(' ');
                default -> b.append(c);
            }
        }
        s = withoutApproximationMarks(b.toString()).replace("**", "^");
        if (s.indexOf(',') >= 0) {
            if (s.indexOf('.') < 0) {
                s = s.replace(',', '.'); // a decimal comma: −1,744
            } else if (GROUPED.matcher(s).matches()) {
                s = s.replace(",", ""); // thousands separators: 1,234.5
            } else {
                throw new IllegalArgumentException(quote(raw.strip())
                        + " mixes decimal commas and points; write one number with one decimal mark");
            }
        }
        if (!ALLOWED.matcher(s).matches()) {
            char bad = s.chars().filter(ch -> !ALLOWED.matcher(String.valueOf((char) ch)).matches())
                    .mapToObj(ch -> (char) ch).findFirst().orElse('?');
            throw new IllegalArgumentException(quote(raw.strip()) + " contains " + quote(String.valueOf(bad))
                    + ", which is not part of a number or of simple arithmetic");
        }
        Matcher literal = LITERAL.matcher(s);
        while (literal.find()) {
            String problem = exponentProblem(literal.group());
            if (problem != null) {
                throw new IllegalArgumentException(quote(raw.strip()) + problem);
            }
        }
        return s.strip();
    }

    /**
     * Why a number literal's exponent cannot be read, or null: beyond ±{@value #MAX_EXPONENT} no double is left
     * (1e400 overflows, 1e-400 underflows to 0) and the places written would overflow, so {@code 1e2147483648},
     * {@code 1e-2147483648} and {@code 0e99999999999} are answers that cannot be read, not numbers.
     */
    private static String exponentProblem(String literal) {
        int e = Math.max(literal.indexOf('e'), literal.indexOf('E'));
        if (e < 0) {
            return null;
        }
        boolean negative = literal.startsWith("-", e + 1);
        int from = e + 1 + (negative || literal.startsWith("+", e + 1) ? 1 : 0);
        while (from < literal.length() - 1 && literal.charAt(from) == '0') {
            from++;
        }
        String digits = literal.substring(from);
        if (digits.length() < 4 && Integer.parseInt(digits) <= MAX_EXPONENT) {
            return null;
        }
        boolean zero = true;
        for (int i = 0; i < e; i++) {
            zero &= literal.charAt(i) == '0' || literal.charAt(i) == '.';
        }
        return zero ? " has too large an exponent to read" : negative ? " is too small a number to read"
                : " is too large a number to read";
    }

    /**
     * Typed text as messages quote it: at most {@value #SHOWN} characters and then "…", control and direction
     * characters written as a backslash, u and four hex digits, between single quotes. (The core cannot use the
     * kernel's {@code Excerpt}; this is the same rule.)
     */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("'");
        int shown = 0;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            if (shown++ == SHOWN) {
                b.append('…');
                break;
            }
            int c = s.codePointAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                String hex = Integer.toHexString(c);
                b.append("\\u").append("0".repeat(Math.max(0, 4 - hex.length()))).append(hex);
            } else {
                b.appendCodePoint(c);
            }
        }
        return b.append('\'').toString();
    }

    /**
     * A value as people write an approximation — "≈ −1.85", "~0.19", "= 0.217", "0.1900…", "0.19..." — without
     * the marks: one leading ≈, ~ or = and one trailing … or ..., spaces around them allowed.
     */
    private static String withoutApproximationMarks(String s) {
        String t = s.strip();
        if (t.startsWith("≈") || t.startsWith("~") || t.startsWith("=")) {
            t = t.substring(1).strip();
        }
        if (t.endsWith("…")) {
            t = t.substring(0, t.length() - 1).strip();
        } else if (t.endsWith("...")) {
            t = t.substring(0, t.length() - 3).strip();
        }
        return t;
    }

    /** The most decimals any number in an expression is written with. */
    private static int literalDecimals(String s) {
        int most = 0;
        Matcher m = LITERAL.matcher(s);
        while (m.find()) {
            most = Math.max(most, Numbers.decimalsOf(m.group()));
        }
        return most;
    }
}
