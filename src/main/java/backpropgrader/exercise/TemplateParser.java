package backpropgrader.exercise;

import backpropgrader.engine.ChainRuleGraph;
import backpropgrader.engine.Expr;
import backpropgrader.engine.Fn;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a chain-rule family's function template, such as {@code (a*x^2 + b)^n} or {@code [a(x + c)^2 + b]^n},
 * into a formula the engine can differentiate. Coefficients are one letter (optionally followed by digits), x is
 * the variable, exponents are whole numbers or coefficients with whole-number values; +, −, *, ·, /, ^ (or **),
 * implicit multiplication ({@code 2x}, {@code a(x + c)}), round or square brackets, exp(…) and ln(…).
 */
public final class TemplateParser {

    private final String text;
    private final Function<String, Expr> coefficient;
    private final Function<String, Integer> exponent;
    private int pos;

    private TemplateParser(String text, Function<String, Expr> coefficient, Function<String, Integer> exponent) {
        this.text = text.replace("**", "^").replace('·', '*').replace('×', '*').replace('−', '-');
        this.coefficient = coefficient;
        this.exponent = exponent;
    }

    /**
     * @param coefficient what a coefficient name stands for (a reference to its key, or its number)
     * @param exponent    the whole-number value of a coefficient used as an exponent
     * @throws IllegalArgumentException with the position and what was expected
     */
    public static Expr parse(String text, Function<String, Expr> coefficient, Function<String, Integer> exponent) {
        TemplateParser p = new TemplateParser(text, coefficient, exponent);
        Expr e = p.sum();
        p.skipSpace();
        if (p.pos < p.text.length()) {
            throw p.fail("an operator or the end");
        }
        return e;
    }

    /** The coefficient names a template uses, in order of first use, and which of them are exponents. */
    static List<String> coefficients(String text, List<String> exponentsOut) {
        List<String> names = new ArrayList<>();
        parse(text, name -> {
            if (!names.contains(name)) {
                names.add(name);
            }
            return Expr.num(1);
        }, name -> {
            if (!names.contains(name)) {
                names.add(name);
            }
            if (!exponentsOut.contains(name)) {
                exponentsOut.add(name);
            }
            return 2;
        });
        return names;
    }

    private Expr sum() {
        Expr left = product();
        while (true) {
            skipSpace();
            if (eat('+')) {
                left = Expr.sum(List.of(left, product()));
            } else if (eat('-')) {
                left = Expr.minus(left, product());
            } else {
                return left;
            }
        }
    }

    private Expr product() {
        Expr left = unary();
        while (true) {
            skipSpace();
            if (eat('*')) {
                left = Expr.product(left, unary());
            } else if (eat('/')) {
                left = Expr.divide(left, unary());
            } else if (pos < text.length() && startsFactor(text.charAt(pos))) {
                left = Expr.product(left, unary()); // implicit multiplication: 2x, a(x + c)
            } else {
                return left;
            }
        }
    }

    private Expr unary() {
        skipSpace();
        if (eat('-')) {
            return Expr.negate(unary());
        }
        if (eat('+')) {
            return unary();
        }
        Expr base = atom();
        skipSpace();
        if (eat('^')) {
            return Expr.pow(base, wholeExponent());
        }
        return base;
    }

    private int wholeExponent() {
        skipSpace();
        boolean paren = eat('(');
        skipSpace();
        int sign = eat('-') ? -1 : 1;
        skipSpace();
        int value;
        if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            int start = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            value = Integer.parseInt(text.substring(start, pos));
        } else if (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            value = exponent.apply(name());
        } else {
            throw fail("a whole-number exponent or a coefficient");
        }
        if (paren && !eat(')')) {
            throw fail("')'");
        }
        return sign * value;
    }

    private Expr atom() {
        skipSpace();
        if (pos >= text.length()) {
            throw fail("a number, x, a coefficient or '('");
        }
        char c = text.charAt(pos);
        if (eat('(') || eat('[')) {
            char close = c == '(' ? ')' : ']';
            Expr inner = sum();
            skipSpace();
            if (!eat(close)) {
                throw fail("'" + close + "'");
            }
            return inner;
        }
        if (Character.isDigit(c) || c == '.') {
            int start = pos;
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            return Expr.num(Double.parseDouble(text.substring(start, pos)));
        }
        for (Fn fn : new Fn[] {Fn.EXP, Fn.LN}) {
            String call = fn.name().toLowerCase(java.util.Locale.ROOT) + "(";
            if (text.startsWith(call, pos)) {
                pos += call.length() - 1;
                return Expr.call(fn, atom());
            }
        }
        if (Character.isLetter(c)) {
            String name = name();
            return name.equals(ChainRuleGraph.VARIABLE) ? Expr.ref(name) : coefficient.apply(name);
        }
        throw fail("a number, x, a coefficient or '('");
    }

    /** One letter and any digits after it: a, b2 (so that "ax" is a times x). */
    private String name() {
        int start = pos++;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private boolean startsFactor(char c) {
        return c == '(' || c == '[' || Character.isLetterOrDigit(c) || c == '.';
    }

    private boolean eat(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException fail(String expected) {
        String found = pos >= text.length() ? "the end" : "'" + text.charAt(pos) + "' at character " + (pos + 1);
        return new IllegalArgumentException("expected " + expected + ", found " + found + " in \"" + text + "\"");
    }
}
