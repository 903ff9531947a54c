package backpropgrader.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the quantity graph of the chain-rule quiz (Quiz 1.1): given nodes for the functions' coefficients and
 * the point x0, and for each function f_i a node {@code df_i/dx|x0} whose formula is the derivative (by
 * {@link Derivative}) at x0, so that its worked step shows the derivative's formula, then the numbers, then the
 * value — as the lecture works a gradient.
 *
 * <p>Order of use: write each function as a formula over its coefficients' keys and {@link #VARIABLE}; call
 * {@link #build}; take {@link #function} for the derivative as an expression in x with the numbers in place.
 */
public final class ChainRuleGraph {

    /** The function's variable, as a reference in the templates. */
    public static final String VARIABLE = Key.VARIABLE;
    /** The key of the point the sheet gives. */
    public static final String POINT = Key.POINT;

    private ChainRuleGraph() {
    }

    /** df_n/dx for the function f_n. */
    public static String derivativeKey(String function) {
        return Key.derivative(number(function)).toString();
    }

    /** df_n/dx|x0 for the function f_n. */
    public static String valueKey(String function) {
        return Key.derivativeAtPoint(number(function)).toString();
    }

    /**
     * The key of the expression a value at x0 is computed from, {@code df_n/dx} for {@code df_n/dx|x0}, or null
     * for any other key. The typed expression is not a node (its value is a formula, not a number), so the
     * marker carries a student's own derivative to its value at x0 by this link: the value follows the
     * expression the student wrote.
     */
    public static String expressionKeyOf(String valueKey) {
        return Key.read(valueKey).filter(k -> k.kind() == Key.Kind.DF_AT)
                .map(k -> Key.derivative(k.n()).toString()).orElse(null);
    }

    private static int number(String function) {
        Key f = Key.parse(function);
        if (f.kind() != Key.Kind.F) {
            throw new IllegalArgumentException("\"" + function + "\" is not a function key f_1, f_2, …");
        }
        return f.n();
    }

    /**
     * @param coefficients coefficient key → value, in the order they are shown (a_1, b_1, n_1, …)
     * @param functions    function key (f_1) → formula over coefficient keys and {@link #VARIABLE}
     */
    public static QuantityGraph build(String exercise, Map<String, Double> coefficients, double x0,
                                      Map<String, Expr> functions) {
        List<Quantity> out = new ArrayList<>();
        coefficients.forEach((k, v) -> out.add(Quantity.given(k, Quantity.Role.WEIGHT, v)));
        out.add(Quantity.given(POINT, Quantity.Role.INPUT, x0));
        functions.forEach((name, f) -> {
            Expr atPoint = Derivative.of(f, VARIABLE).substitute(k -> k.equals(VARIABLE) ? Expr.ref(POINT) : null);
            out.add(Quantity.computed(valueKey(name), Quantity.Role.GRADIENT, 1, 0, atPoint, Map.of()));
        });
        return new QuantityGraph(exercise, out, false);
    }

    /** The function and its derivative with the coefficients' numbers put in, both simplified. */
    public static OneVariableFunction function(String name, Expr template, Map<String, Double> coefficients) {
        Expr f = Simplifier.simplify(template.substitute(k -> coefficients.containsKey(k)
                ? Expr.num(coefficients.get(k)) : null));
        return new OneVariableFunction(name, f, Derivative.of(f, VARIABLE));
    }

    /** A formula written so a person can type it and exp4j can read it: "·" for ×, "^n" for powers, "−" minus. */
    static String typed(Expr e) {
        return e.render(new Notation() {
            public String ref(String key) {
                return key;
            }

            public String power(int n) {
                return "^" + (n < 0 ? "(" + n + ")" : Integer.toString(n));
            }
        });
    }
}
