package backpropgrader.engine;

import java.util.HashSet;
import java.util.Set;

/**
 * One line of a worked solution in the lecture's style: the formula, the numbers substituted and the result. A
 * whole worked solution is one consistent hand computation ({@link Shown}): every step substitutes exactly the
 * numbers shown in the steps before it (at the sheet's decimals) and shows its result at those decimals; where
 * that differs from the exact value rounded, the step says so once ("≈ 0.2237, shown 0.224; from the rounded
 * inputs 0.223"). The formula texts are written only when asked for (pages typeset the formula themselves and
 * need just the numbers).
 */
public final class WorkedStep {

    private final String key;
    private final String symbol;
    private final String result;
    private final String exact;
    private final String rounded;
    private final double value;
    private final Expr shownFormula; // null for a given quantity
    private final QuantityGraph graph;
    private final Shown operands;
    private String formula;
    private String substituted;

    private WorkedStep(String key, String symbol, String result, String exact, String rounded, double value,
                       Expr shownFormula, QuantityGraph graph, Shown operands) {
        this.key = key;
        this.symbol = symbol;
        this.result = result;
        this.exact = exact;
        this.rounded = rounded;
        this.value = value;
        this.shownFormula = shownFormula;
        this.graph = graph;
        this.operands = operands;
    }

    /**
     * The step for {@code key} in the hand computation of {@code values} at {@code decimals} places (given values
     * as they are; more places only where fewer would divide by a zero that is not there).
     */
    static WorkedStep of(Values values, String key, int decimals) {
        return of(new Shown(values, decimals, Set.of()), key);
    }

    /** The step with operands from {@code shown}, which a whole worked solution shares. */
    static WorkedStep of(Shown shown, String key) {
        Values values = shown.values;
        int decimals = shown.places;
        QuantityGraph g = values.graph();
        Quantity q = g.get(key);
        double v = values.get(key);
        if (q.isGiven()) {
            return new WorkedStep(key, g.display(key), Numbers.plain(v), null, null, v, null, g, shown);
        }
        Expr f = g.displayFormula(key, shown.pinned);
        int i = g.indexOf(key);
        double computed = shown.computed(i, f, v);
        Shown operands = shown.operands[i];
        String result = Numbers.fixed(computed, decimals);
        String rounded = Numbers.fixed(v, decimals);
        String exact = result.equals(rounded) ? null : Numbers.beyond(v, decimals);
        return new WorkedStep(key, g.display(key), result, exact, exact == null ? null : rounded, v, f, g, operands);
    }

    public String key() {
        return key;
    }

    /** The key in the lecture's notation (∂J/∂w[2]_1,1). */
    public String symbol() {
        return symbol;
    }

    /** The formula the step shows and computes, over its operands' keys; null for a given quantity. */
    public Expr expression() {
        return shownFormula;
    }

    /** The formula over the parents' symbols; empty for a given quantity. */
    public String formula() {
        if (formula == null) {
            formula = shownFormula == null ? "" : shownFormula.render(Notation.symbolic(graph::display));
        }
        return formula;
    }

    /** The formula with the parents' shown values; empty for a given quantity. */
    public String substituted() {
        if (substituted == null) {
            substituted = shownFormula == null ? "" : shownFormula.render(Notation.substituted(operands::text));
        }
        return substituted;
    }

    /** The result as computed from the shown values, at the sheet's decimals. */
    public String result() {
        return result;
    }

    /** The exact value one decimal further when it rounds differently from {@link #result()}, else null. */
    public String exact() {
        return exact;
    }

    /** The exact value at the sheet's decimals when that differs from {@link #result()}, else null. */
    public String rounded() {
        return rounded;
    }

    /** The number the step substitutes for {@code key}, as written ("−1.744", a given "0.5"). */
    public String operand(String key) {
        return operands.text(key);
    }

    /**
     * Where the result differs from the exact value rounded, the note that says so, in the engine's writing
     * ({@code number} puts each number in the reader's locale): "≈ 0.2237, shown 0.224; from the rounded inputs
     * 0.223"; null where they agree.
     */
    public String note(java.util.function.UnaryOperator<String> number) {
        return exact == null ? null : "≈ " + number.apply(exact) + ", shown " + number.apply(rounded)
                + "; from the rounded inputs " + number.apply(result);
    }

    double value() {
        return value;
    }

    /** The keys the shown formula uses, in no particular order. */
    static Set<String> operands(QuantityGraph g, String key) {
        Set<String> refs = new HashSet<>();
        g.displayFormula(key).collectRefs(refs);
        return refs;
    }

    /** "∂J/∂w[2]_1,1 = (ŷ_1 − y_1)·h_1 = (1.755 − 4) × 0.777 = −1.744; ≈ −1.7447, shown −1.745; from …". */
    public String line() {
        if (shownFormula == null) {
            return symbol + " = " + result;
        }
        String numbers = substituted().equals(result) ? "" : " = " + substituted();
        return symbol + " = " + formula() + numbers + " = " + result + (exact == null ? "" : "; " + note(n -> n));
    }

    /**
     * The numbers a worked solution shows, as one hand computation: given numbers as they are; a computed one is
     * its formula over the numbers shown for its parents, rounded to {@code places} — or, for a key in
     * {@code pinned} (a student's own answer in place), that value rounded. Kept per key, since a worked solution
     * writes each many times.
     */
    static final class Shown {
        private final Values values;
        private final int places;
        private final Set<String> pinned;
        /** Rounded exact values rather than the carried computation: a saturated step's operands, more places. */
        private final boolean exactOperands;
        private final String[] text;
        private final double[] value;
        /** Per computed node, its formula over the numbers it substitutes, and the numbers (see {@link #computed}). */
        private final double[] computed;
        private final Shown[] operands;

        Shown(Values values, int places, Set<String> pinned) {
            this(values, places, pinned, false);
        }

        private Shown(Values values, int places, Set<String> pinned, boolean exactOperands) {
            this.values = values;
            this.places = places;
            this.pinned = pinned;
            this.exactOperands = exactOperands;
            int n = values.graph().quantities().size();
            this.text = new String[n];
            this.value = new double[n];
            java.util.Arrays.fill(value, Double.NaN);
            this.computed = new double[n];
            this.operands = new Shown[n];
        }

        /**
         * Node {@code i}'s formula {@code f} evaluated over the numbers it substitutes ({@link #operandsFor}),
         * kept with those numbers: its step shows the result, and the steps after it substitute it rounded, so
         * each formula is evaluated once for both.
         */
        double computed(int i, Expr f, double exact) {
            if (operands[i] == null) {
                double r = f.eval(this::value);
                Shown with = this;
                if (!Double.isFinite(r) && Double.isFinite(exact)) {
                    with = operandsFor(f, exact);
                    r = f.eval(with::value);
                }
                computed[i] = r;
                operands[i] = with;
            }
            return computed[i];
        }

        String text(String key) {
            int i = values.graph().indexOf(key);
            if (text[i] == null) {
                double v = value(key);
                text[i] = values.graph().get(key).isGiven() ? Numbers.plain(v) : Numbers.fixed(v, places);
            }
            return text[i];
        }

        double value(String key) {
            QuantityGraph g = values.graph();
            int i = g.indexOf(key);
            if (Double.isNaN(value[i])) {
                Quantity q = g.get(key);
                double v = values.get(key);
                if (q.isGiven()) {
                    value[i] = v;
                } else if (exactOperands || pinned.contains(key)) {
                    value[i] = Numbers.round(v, places);
                } else {
                    value[i] = Numbers.round(computed(i, g.displayFormula(key, pinned), v), places);
                }
            }
            return value[i];
        }

        /**
         * The numbers a step with formula {@code f} substitutes: these, or, where they would divide by a zero
         * that is not there (an operand rounded to 0.00 in ln or 1/ŷ of a saturated output), the exact values
         * with the places they need, so that the substituted numbers still give the result.
         */
        Shown operandsFor(Expr f, double exact) {
            Shown operands = this;
            while (!Double.isFinite(f.eval(operands::value)) && Double.isFinite(exact)
                    && operands.places < places + 8) {
                operands = new Shown(values, operands.places + 1, pinned, true);
            }
            return operands;
        }
    }
}
