package backpropgrader.render;

import backpropgrader.engine.Expr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A formula's substituted MathML typeset once, its keys' places left open, then filled with each student's
 * numbers: a class's pages show the same few hundred formulas with different numbers, and typesetting walked
 * the formula, its precedences and its operators for every step of every page. Filling gives exactly what
 * typesetting with the numbers would: a place says how its value is written (an operand, bracketed when
 * negative; a leading value; a sum's later term, "+ 0.5" or "− 0.5" by its sign). Immutable, shared by threads.
 */
final class FormulaShape {

    /** A value as an operand: {@code (−0.5)} when negative. */
    static final char OPERAND = 'o';
    /** A value that leads a sum or an argument: {@code −0.5} without brackets. */
    static final char LEADING = 'l';
    /** A sum's later term: {@code + 0.5}, or {@code − 0.5} for a negative value. */
    static final char TERM = 't';

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    private record Typeset(Expr expr, NumberFormatter format) {
    }

    private static final Memo<Typeset, FormulaShape> SHAPES = new Memo<>(4096, t -> cut(MathML.marked(t.expr(),
            t.format())));

    /** The markup between the places; one more than there are places. */
    private final String[] literals;
    private final String[] keys;
    private final char[] kinds;
    /** The same shape inside a {@code <math>} element, the row around the whole dropped ({@link MathML#math}). */
    private final String[] mathLiterals;

    private FormulaShape(String[] literals, String[] keys, char[] kinds, String[] mathLiterals) {
        this.literals = literals;
        this.keys = keys;
        this.kinds = kinds;
        this.mathLiterals = mathLiterals;
    }

    static FormulaShape of(Expr e, NumberFormatter format) {
        return SHAPES.get(new Typeset(e, format));
    }

    /** A key's place in marked markup. */
    static String place(char kind, String key) {
        return OPEN + String.valueOf(kind) + key + CLOSE;
    }

    /** Whether {@code s} is one operand's or leading value's place alone (which fills as one element). */
    static boolean isOnePlace(String s) {
        return s.length() > 2 && s.charAt(0) == OPEN && s.indexOf(CLOSE) == s.length() - 1
                && (s.charAt(1) == OPERAND || s.charAt(1) == LEADING);
    }

    private static FormulaShape cut(String marked) {
        List<String> literals = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        StringBuilder kinds = new StringBuilder();
        int i = 0;
        for (int open = marked.indexOf(OPEN); open >= 0; open = marked.indexOf(OPEN, i)) {
            int close = marked.indexOf(CLOSE, open);
            literals.add(marked.substring(i, open));
            kinds.append(marked.charAt(open + 1));
            keys.add(marked.substring(open + 2, close));
            i = close + 1;
        }
        literals.add(marked.substring(i));
        String[] lit = literals.toArray(String[]::new);
        String[] math = lit.clone();
        // the row a formula is rendered in spans it whatever fills its places (they are rows of their own)
        if (marked.startsWith("<mrow>") && MathRows.closesAtEnd(marked)) {
            math[0] = math[0].substring(6);
            math[math.length - 1] = math[math.length - 1].substring(0, math[math.length - 1].length() - 7);
        }
        math[0] = "<math>" + math[0];
        math[math.length - 1] = math[math.length - 1] + "</math>";
        return new FormulaShape(lit, keys.toArray(String[]::new), kinds.toString().toCharArray(), math);
    }

    /** The formula with each key's shown value ({@code valueOf}: an already formatted number), as a row. */
    String fill(Function<String, String> valueOf) {
        return fill(literals, valueOf);
    }

    /** The same, as a {@code <math>} element: what {@code MathML.math(fill(valueOf))} gives. */
    String math(Function<String, String> valueOf) {
        return fill(mathLiterals, valueOf);
    }

    private String fill(String[] lit, Function<String, String> valueOf) {
        StringBuilder out = new StringBuilder(32 * lit.length + 64);
        out.append(lit[0]);
        for (int p = 0; p < keys.length; p++) {
            String v = valueOf.apply(keys[p]);
            boolean negative = v.startsWith("−") || v.startsWith("-");
            switch (kinds[p]) {
                case TERM -> {
                    if (negative) { // "x − 1", not "x + (−1)", as the engine's own text writes it
                        out.append("<mo>−</mo><mn>").append(Markup.text(v.substring(1))).append("</mn>");
                    } else {
                        out.append("<mo>+</mo>").append(MathML.number(v, true));
                    }
                }
                case LEADING -> out.append(MathML.number(v, false));
                default -> out.append(MathML.number(v, true));
            }
            out.append(lit[p + 1]);
        }
        return out.toString();
    }
}
