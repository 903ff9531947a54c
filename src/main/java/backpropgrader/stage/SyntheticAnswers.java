package backpropgrader.stage;

import backpropgrader.engine.Misconception;

import backpropgrader.engine.Expr;
import backpropgrader.engine.Key;
import backpropgrader.engine.Numbers;
import backpropgrader.engine.Quantity;
import backpropgrader.engine.QuantityGraph;
import backpropgrader.engine.Values;
import backpropgrader.marking.Asked;
import backpropgrader.marking.Variant;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Answers as students write them, made from a variant's own graph for the demo and the benchmark: right (to the
 * sheet's decimals, or more), typed with a decimal comma and a Unicode minus, a slip early on carried through
 * everything after it, a catalogued misconception, or some left blank. Nothing here decides a mark; the grader
 * judges these answers like any others.
 */
public final class SyntheticAnswers {

    /** How a synthetic student writes. */
    enum Style { CORRECT, PRECISE, COMMA_MINUS, SLIP, MISCONCEPTION, MISSING }

    private SyntheticAnswers() {
    }

    /** Asked key → the answer as typed; {@code misconception} is the one {@link Style#MISCONCEPTION} makes. */
    static Map<String, String> of(Variant v, Style style, Misconception misconception) {
        int d = v.marking().decimals();
        Values world = v.graph() == null || v.asked().stream().allMatch(Asked::symbolic) ? null : switch (style) {
            case SLIP -> slipped(v, d);
            case MISCONCEPTION -> mistaken(v, misconception);
            default -> v.reference();
        };
        Map<String, String> out = new LinkedHashMap<>();
        int numeric = 0;
        for (Asked a : v.asked()) {
            if (a.symbolic()) {
                out.put(a.key(), a.expectedExpression());
                continue;
            }
            numeric++;
            double x = world.get(a.key());
            String typed = switch (style) {
                case PRECISE -> Numbers.fixed(x, d + 3);
                case COMMA_MINUS -> Numbers.fixed(x, d).replace('.', ',').replace('-', '−');
                default -> Numbers.fixed(x, d);
            };
            out.put(a.key(), style == Style.MISSING && numeric % 5 == 2 ? "" : typed);
        }
        return out;
    }

    /**
     * The first computed asked value off by a clear margin, and everything after it computed from it. The slip
     * is never 0, 1 or a given value (the grader rightly gives no follow-through from those).
     */
    private static Values slipped(Variant v, int d) {
        Values exact = v.reference();
        Set<Double> givens = new HashSet<>(List.of(0.0, 1.0, -1.0));
        v.graph().quantities().stream().filter(Quantity::isGiven).forEach(q -> givens.add(Numbers.round(q.given(), d)));
        for (Asked a : v.asked()) {
            if (!a.symbolic() && !v.graph().get(a.key()).isGiven()) {
                double x = exact.get(a.key());
                for (double off : new double[] {Math.max(0.25, 0.1 * Math.abs(x)), 0.35, -0.3, 0.45}) {
                    double slip = Numbers.round(x + off, d);
                    if (!givens.contains(slip)) {
                        return v.graph().evaluateWith(Map.of(a.key(), slip));
                    }
                }
            }
        }
        return exact;
    }

    /** The world of a student with this misconception, where the variant has a place for it; else the right one. */
    private static Values mistaken(Variant v, Misconception m) {
        QuantityGraph g = v.graph();
        if (m == Misconception.SWAPPED_INDICES) {
            for (Asked a : v.asked()) {
                String other = batchGradientSwapped(a.key());
                if (other != null && g.has(other)) {
                    return g.evaluateWith(Map.of(a.key(), v.reference().get(other)));
                }
            }
            return v.reference();
        }
        for (Quantity q : g.quantities()) {
            Expr alt = q.alternatives().get(m);
            if (alt != null) {
                Function<Quantity, Expr> formulas = x -> x == q ? alt : x.formula();
                return g.evaluateWith(Map.of(), formulas);
            }
        }
        return v.reference();
    }

    /** dJ/dw[l]_m,n for the first round's batch gradient dJ/dw[l]_n,m with n ≠ m; else null. */
    private static String batchGradientSwapped(String key) {
        Key k = Key.read(key).orElse(null);
        boolean fits = k != null && k.kind() == Key.Kind.DW && k.sample() == 0 && k.iteration() == 1 && k.n() != k.m();
        return fits ? k.swapped().toString() : null;
    }
}
