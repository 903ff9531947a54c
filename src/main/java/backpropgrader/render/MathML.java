package backpropgrader.render;

import backpropgrader.engine.Expr;
import backpropgrader.engine.Fn;

import java.util.List;
import java.util.function.Function;

/**
 * Writes the engine's formulas ({@link Expr}) as presentation MathML, the way the lecture typesets them:
 * fractions as fractions, ½ as a fraction, the sigmoid as 1/(1 + exp(−z)), products of symbols side by side and
 * products of numbers with ×. One renderer serves both notations: keys in the lecture's notation
 * ({@link #symbolic}) and numbers substituted ({@link #substituted}). The output is well-formed XML with no
 * namespace declaration (HTML5 knows the {@code <math>} element).
 */
public final class MathML {

    /** Like {@code Expr.PRODUCT}…: fractions group visually, so they need no parentheses except as a base. */
    private static final int FRACTION = Expr.POWER;

    /** A sign, not a subtraction: no operator spacing (−z). A negative number carries its sign in its {@code <mn>}. */
    static final String MINUS = "<mo form=\"prefix\" lspace=\"0\" rspace=\"0\">−</mo>";

    /** Symbols side by side (w x): the invisible times, written as the character (an entity is 5 bytes more). */
    static final String INVISIBLE_TIMES = "<mo>\u2062</mo>";

    private final Function<String, String> ref;
    /** The substituted notation: each key's place left open for its value ({@link FormulaShape}). */
    private final boolean numbers;
    private final NumberFormatter format;

    private MathML(Function<String, String> ref, boolean numbers, NumberFormatter format) {
        this.ref = ref;
        this.numbers = numbers;
        this.format = format;
    }

    /**
     * The formula over keys, each in the lecture's notation; {@code shortHidden}: h_1 for h[1]_1, as the graph
     * displays a network with a single hidden layer ({@code QuantityGraph.singleHiddenLayer()}).
     */
    public static String symbolic(Expr e, boolean shortHidden, NumberFormatter format) {
        return new MathML(k -> KeyNotation.mathml(k, shortHidden), false, format).render(e);
    }

    /** The formula over keys as {@link #symbolic}, each key without its round: the section says the round. */
    static String symbolicWithoutRounds(Expr e, boolean shortHidden, NumberFormatter format) {
        return new MathML(k -> KeyNotation.mathml(KeyNotation.withoutRound(k), shortHidden), false, format).render(e);
    }

    /** The formula with each key replaced by its shown value ({@code valueOf}: an already formatted number). */
    public static String substituted(Expr e, Function<String, String> valueOf, NumberFormatter format) {
        return FormulaShape.of(e, format).fill(valueOf);
    }

    /**
     * The substituted formula with each key's place marked ({@link FormulaShape#OPERAND} and its kin): what the
     * shape is cut from. Whether a place is a sign-led term or a bracketed operand depends on its value's sign,
     * so the place says which it is and the value decides when it is filled.
     */
    static String marked(Expr e, NumberFormatter format) {
        return new MathML(k -> FormulaShape.place(FormulaShape.OPERAND, k), true, format).render(e);
    }

    /**
     * A quantity as a page displays it ({@code QuantityGraph.display}: h_1, ∂J/∂w[2]_1,1; or a hint's general
     * w[l]_n,m) in the lecture's notation, as MathML ({@link DisplayedNotation}).
     */
    static String displayed(String displayed) {
        return DisplayedNotation.mathml(displayed);
    }

    /** A key in the lecture's notation, as MathML; {@code shortHidden} as in {@link #symbolic}. */
    public static String key(String key, boolean shortHidden) {
        return KeyNotation.mathml(key, shortHidden);
    }

    /**
     * A formatted number ("−1,744") as MathML; negative ones in parentheses when they are an operand. The sign is
     * part of the number ({@code <mn>−1,744</mn>}, always the minus sign): it reads and renders as a sign operator
     * without spacing did, in a third of the markup.
     */
    public static String number(String formatted, boolean parenthesiseNegative) {
        boolean negative = formatted.startsWith("−") || formatted.startsWith("-");
        if (!negative) {
            return "<mn>" + Markup.text(formatted) + "</mn>";
        }
        String m = "<mn>−" + Markup.text(formatted.substring(1)) + "</mn>";
        return parenthesiseNegative ? "<mrow><mo>(</mo>" + m + "<mo>)</mo></mrow>" : m;
    }

    /**
     * Wraps MathML content into an inline {@code <math>} element; a row around the whole content is dropped
     * ({@code <math>} lays its children out as a row already).
     */
    public static String math(String content) {
        if (content.startsWith("<mrow>") && MathRows.closesAtEnd(content)) {
            return "<math>" + content.substring(6, content.length() - 7) + "</math>";
        }
        return "<math>" + content + "</math>";
    }

    String render(Expr e) {
        StringBuilder out = new StringBuilder("<mrow>");
        write(out, e);
        return out.append("</mrow>").toString();
    }

    private void write(StringBuilder out, Expr e) {
        if (e instanceof Expr.Num n) {
            num(out, n);
        } else if (e instanceof Expr.Ref r) {
            out.append(ref.apply(r.key()));
        } else if (e instanceof Expr.Sum s) {
            for (int i = 0; i < s.terms().size(); i++) {
                if (i > 0 && numbers && s.terms().get(i) instanceof Expr.Ref r) { // "+ 0.5" or "− 0.5" by its sign
                    out.append(FormulaShape.place(FormulaShape.TERM, r.key()));
                    continue;
                }
                String magnitude = i > 0 ? negativeMagnitude(s.terms().get(i)) : null;
                if (magnitude != null) { // "x − 1", not "x + (−1)", as the engine's own text writes it
                    out.append("<mo>−</mo><mn>").append(Markup.text(magnitude)).append("</mn>");
                    continue;
                }
                out.append(i > 0 ? "<mo>+</mo>" : "");
                if (i == 0) {
                    leading(out, s.terms().get(0), s.terms().get(0) instanceof Expr.Sum ? Expr.PRODUCT : Expr.SUM);
                } else {
                    operand(out, s.terms().get(i), Expr.PRODUCT);
                }
            }
        } else if (e instanceof Expr.Difference d) {
            leading(out, d.a(), Expr.SUM);
            out.append("<mo>−</mo>");
            operand(out, d.b(), Expr.PRODUCT);
        } else if (e instanceof Expr.Product p) {
            product(out, p.factors());
        } else if (e instanceof Expr.Quotient q) {
            fraction(out, q.a(), q.b());
        } else if (e instanceof Expr.Negation n) {
            out.append(MINUS);
            operand(out, n.a(), Expr.PRODUCT + 1);
        } else if (e instanceof Expr.Power p) {
            StringBuilder base = new StringBuilder();
            operand(base, p.base(), Expr.ATOM);
            out.append("<msup>").append(MathRows.group(base.toString())).append("<mn>").append(p.exponent()).append("</mn></msup>");
        } else if (e instanceof Expr.Call c) {
            call(out, c.fn(), c.arg());
        } else if (e instanceof Expr.Softmax s) {
            out.append("<mfrac><mrow>");
            exp(out, s.zs().get(s.k()), false);
            out.append("</mrow><mrow>");
            for (int j = 0; j < s.zs().size(); j++) {
                out.append(j > 0 ? "<mo>+</mo>" : "");
                exp(out, s.zs().get(j), false);
            }
            out.append("</mrow></mfrac>"); // each part is an exp(…) row: never one element
        } else {
            throw new IllegalArgumentException("no MathML for " + e.getClass().getSimpleName());
        }
    }

    /** A sum's first operand: a negative shown value needs no parentheses there (−1.250 − 0.5 × 0.173). */
    private void leading(StringBuilder out, Expr e, int minPrecedence) {
        if (e instanceof Expr.Ref r && numbers) {
            out.append(FormulaShape.place(FormulaShape.LEADING, r.key()));
        } else {
            operand(out, e, minPrecedence);
        }
    }

    /** The digits of −t when t is written as a plain negative number, else null. */
    private String negativeMagnitude(Expr t) {
        String v = t instanceof Expr.Num c && c.text() == null && c.value() < 0 ? format.plain(c.value()) : null;
        return v != null && (v.startsWith("−") || v.startsWith("-")) ? v.substring(1) : null;
    }

    private void num(StringBuilder out, Expr.Num n) {
        if ("½".equals(n.text())) {
            out.append("<mfrac><mn>1</mn><mn>2</mn></mfrac>");
        } else if (n.text() != null) {
            out.append("<mn>").append(Markup.text(n.text())).append("</mn>");
        } else {
            out.append(number(format.plain(n.value()), false));
        }
    }

    private void product(StringBuilder out, List<Expr> factors) {
        for (int i = 0; i < factors.size(); i++) {
            Expr f = factors.get(i);
            if (i > 0) {
                // symbols side by side as the lecture writes them; numbers need a visible sign between them
                out.append(numbers || f instanceof Expr.Num ? (numbers ? "<mo>×</mo>" : "<mo>·</mo>") : INVISIBLE_TIMES);
            }
            operand(out, f, i == 0 ? Expr.PRODUCT : Expr.UNARY + 1);
        }
    }

    private void fraction(StringBuilder out, Expr a, Expr b) {
        StringBuilder part = new StringBuilder();
        write(part, a);
        out.append("<mfrac>").append(MathRows.group(part.toString()));
        part.setLength(0);
        write(part, b);
        out.append(MathRows.group(part.toString())).append("</mfrac>");
    }

    private void call(StringBuilder out, Fn fn, Expr arg) {
        switch (fn) {
            case EXP -> exp(out, arg, false);
            case LN -> named(out, "ln", arg);
            case RELU -> {
                out.append("<mi>max</mi><mo>(</mo><mn>0</mn><mo>,</mo>");
                leading(out, arg, Expr.SUM);
                out.append("<mo>)</mo>");
            }
            case STEP -> named(out, "step", arg);
            case SIGMOID -> {
                out.append("<mfrac><mn>1</mn><mrow><mn>1</mn><mo>+</mo>");
                exp(out, arg, true);
                out.append("</mrow></mfrac>");
            }
            case TANH -> {
                out.append("<mfrac><mrow>");
                exp(out, arg, false);
                out.append("<mo>−</mo>");
                exp(out, arg, true);
                out.append("</mrow><mrow>");
                exp(out, arg, false);
                out.append("<mo>+</mo>");
                exp(out, arg, true);
                out.append("</mrow></mfrac>");
            }
        }
    }

    private void exp(StringBuilder out, Expr arg, boolean negated) {
        out.append("<mi>exp</mi><mo>(</mo>");
        if (negated) {
            out.append(MINUS);
            operand(out, arg, Expr.ATOM);
        } else {
            leading(out, arg, Expr.SUM);
        }
        out.append("<mo>)</mo>");
    }

    private void named(StringBuilder out, String name, Expr arg) {
        out.append("<mi>").append(name).append("</mi><mo>(</mo>");
        leading(out, arg, Expr.SUM);
        out.append("<mo>)</mo>");
    }

    private void operand(StringBuilder out, Expr e, int minPrecedence) {
        if (precedence(e) < minPrecedence) {
            out.append("<mrow><mo>(</mo>");
            write(out, e);
            out.append("<mo>)</mo></mrow>");
        } else {
            write(out, e);
        }
    }

    private int precedence(Expr e) {
        boolean fraction = e instanceof Expr.Quotient || e instanceof Expr.Softmax
                || e instanceof Expr.Num n && "½".equals(n.text())
                || e instanceof Expr.Call c && (c.fn() == Fn.SIGMOID || c.fn() == Fn.TANH);
        if (fraction) {
            return FRACTION;
        }
        return e instanceof Expr.Call ? Expr.ATOM : e.precedence();
    }
}
