package backpropgrader.engine;

import java.util.HashSet;
import java.util.Set;

/**
 * One line of a worked solution in the lecture's style: the formula, the numbers as the sheet shows them
 * substituted, and the result — with the exact value beside it when the shown numbers give another last digit
 * ("= −1.744; exact −1.7447"). The formula texts are written only when asked for (pages typeset the formula
 * themselves and need just the numbers).
 */
public final class WorkedStep {

    private final String key;
    private final String symbol;
    private final String result;
    private final String exact;
    private final double value;
    private final Expr shownFormula; // null for a given quantity
    private final QuantityGraph graph;
    private final Shown operands;
    private String formula;
    private String substituted;

    private WorkedStep(String key, String symbol, String result, String exact, double value, Expr shownFormula,
                       QuantityGraph graph, Shown operands) {
        this.key = key;
        this.symbol = symbol;
        this.result = result;
        this.exact = exact;
        this.value = value;
        this.shownFormula = shownFormula;
        this.graph = graph;
        this.operands = operands;
    }

    /**
     * The step for {@code key} with operands shown at {@code decimals} places (given values as they are; more
     * places only where fewer would divide by a zero that is not there).
     */
    static WorkedStep of(Values values, String key, int decimals) {
        return of(new Shown(values, decimals), key);
    }

    /** The step with operands from {@code shown}, which a whole worked solution shares. */
    static WorkedStep of(Shown shown, String key) {
        Values values = shown.values;
        int decimals = shown.places;
        QuantityGraph g = values.graph();
        Quantity q = g.get(key);
        double v = values.get(key);
        if (q.isGiven()) {
            return new WorkedStep(key, g.display(key), Numbers.plain(v), null, v, null, g, shown);
        }
        Expr f = g.displayFormula(key);
        // An operand rounded to 0.00 that the formula divides by (a saturated ŷ in ln or 1/ŷ) is shown with
        // the places it needs: the substituted numbers must still give the result.
        Shown operands = shown;
        double fromShown = f.eval(operands::value);
        while (!Double.isFinite(fromShown) && Double.isFinite(v) && operands.places < decimals + 8) {
            operands = new Shown(values, operands.places + 1);
            fromShown = f.eval(operands::value);
        }
        String result = Numbers.fixed(fromShown, decimals);
        String exact = result.equals(Numbers.fixed(v, decimals)) ? null : Numbers.beyond(v, decimals);
        return new WorkedStep(key, g.display(key), result, exact, v, f, g, operands);
    }

    public String key() {
        return key;
    }

    /** The key in the lecture's notation (∂J/∂w[2]_1,1). */
    public String symbol() {
        return symbol;
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

    double value() {
        return value;
    }

    /** The keys the shown formula uses, in no particular order. */
    static Set<String> operands(QuantityGraph g, String key) {
        Set<String> refs = new HashSet<>();
        g.displayFormula(key).collectRefs(refs);
        return refs;
    }

    /** "∂J/∂w[2]_1,1 = (ŷ_1 − y_1)·h_1 = (1.755 − 4) × 0.777 = −1.744; exact −1.7447". */
    public String line() {
        if (shownFormula == null) {
            return symbol + " = " + result;
        }
        String numbers = substituted().equals(result) ? "" : " = " + substituted();
        return symbol + " = " + formula() + numbers + " = " + result + (exact == null ? "" : "; exact " + exact);
    }

    /**
     * Operands as the sheet shows them — given numbers as they are, computed ones at {@code places} — kept per
     * key, since a worked solution writes each many times.
     */
    static final class Shown {
        private final Values values;
        private final int places;
        private final String[] text;
        private final double[] value;

        Shown(Values values, int places) {
            this.values = values;
            this.places = places;
            int n = values.graph().quantities().size();
            this.text = new String[n];
            this.value = new double[n];
            java.util.Arrays.fill(value, Double.NaN);
        }

        String text(String key) {
            int i = values.graph().indexOf(key);
            if (text[i] == null) {
                double v = values.get(key);
                text[i] = values.graph().get(key).isGiven() ? Numbers.plain(v) : Numbers.fixed(v, places);
            }
            return text[i];
        }

        double value(String key) {
            int i = values.graph().indexOf(key);
            if (Double.isNaN(value[i])) {
                double v = values.get(key);
                value[i] = values.graph().get(key).isGiven() ? v : Numbers.round(v, places);
            }
            return value[i];
        }
    }
}
