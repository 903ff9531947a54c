package backpropgrader.engine;

import java.util.HashSet;
import java.util.Set;

/**
 * One line of a worked solution in the lecture's style: the formula, the numbers as the sheet shows them
 * substituted, and the result — with the exact value beside it when the shown numbers give another last digit
 * ("= −1.744; exact −1.7447").
 *
 * @param symbol      the key in the lecture's notation (∂J/∂w[2]_1,1)
 * @param formula     the formula over the parents' symbols; empty for a given quantity
 * @param substituted the formula with the parents' shown values; empty for a given quantity
 * @param result      the result as computed from the shown values, at the sheet's decimals
 * @param exact       the exact value one decimal further when it rounds differently from {@code result}, else null
 */
public record WorkedStep(String key, String symbol, String formula, String substituted, String result, String exact,
                         double value) {

    /**
     * The step for {@code key} with operands shown at {@code decimals} places (given values as they are; more
     * places only where fewer would divide by a zero that is not there).
     */
    public static WorkedStep of(Values values, String key, int decimals) {
        QuantityGraph g = values.graph();
        Quantity q = g.get(key);
        double v = values.get(key);
        if (q.isGiven()) {
            return new WorkedStep(key, g.display(key), "", "", Numbers.plain(v), null, v);
        }
        Expr f = g.displayFormula(key);
        String formula = f.render(Notation.symbolic(g::display));
        // An operand rounded to 0.00 that the formula divides by (a saturated ŷ in ln or 1/ŷ) is shown with
        // the places it needs: the substituted numbers must still give the result.
        int places = decimals;
        double fromShown = f.eval(k -> shownValue(values, k, decimals));
        while (!Double.isFinite(fromShown) && Double.isFinite(v) && places < decimals + 8) {
            int p = ++places;
            fromShown = f.eval(k -> shownValue(values, k, p));
        }
        int shownPlaces = places;
        String substituted = f.render(Notation.substituted(k -> shown(values, k, shownPlaces)));
        String result = Numbers.fixed(fromShown, decimals);
        String exact = result.equals(Numbers.fixed(v, decimals)) ? null : Numbers.beyond(v, decimals);
        return new WorkedStep(key, g.display(key), formula, substituted, result, exact, v);
    }

    /** The keys the shown formula uses, in no particular order. */
    public static Set<String> operands(QuantityGraph g, String key) {
        Set<String> refs = new HashSet<>();
        g.displayFormula(key).collectRefs(refs);
        return refs;
    }

    /** "∂J/∂w[2]_1,1 = (ŷ_1 − y_1)·h_1 = (1.755 − 4) × 0.777 = −1.744; exact −1.7447". */
    public String line() {
        if (formula.isEmpty()) {
            return symbol + " = " + result;
        }
        String numbers = substituted.equals(result) ? "" : " = " + substituted;
        return symbol + " = " + formula + numbers + " = " + result + (exact == null ? "" : "; exact " + exact);
    }

    static String shown(Values values, String key, int decimals) {
        Quantity q = values.graph().get(key);
        double v = values.get(key);
        return q.isGiven() ? Numbers.plain(v) : Numbers.fixed(v, decimals);
    }

    static double shownValue(Values values, String key, int decimals) {
        Quantity q = values.graph().get(key);
        double v = values.get(key);
        return q.isGiven() ? v : Numbers.round(v, decimals);
    }
}
