package backpropgrader.exercise;

import backpropgrader.marking.Marking;

import backpropgrader.engine.HandComputation;
import backpropgrader.engine.Interval;
import backpropgrader.engine.Numbers;
import backpropgrader.engine.Values;

import java.util.List;

/**
 * The checks every variant gets, network or not, decided with the marking's own rule: a value "would be
 * accepted" for a key when, written at the sheet's decimals, a careful hand computation could reach it
 * ({@link HandComputation}) or it lies within the absolute or relative tolerance.
 */
final class AnswerChecks {

    private final Values values;
    private final Marking marking;
    private final HandComputation hand;
    /** A unit of the sheet's last decimal (a hair more, against binary noise). */
    private final double unit;

    AnswerChecks(Values values, Marking marking) {
        this.values = values;
        this.marking = marking;
        this.hand = values.graph().handReference(marking.decimals());
        this.unit = StrictMath.pow(10, -marking.decimals()) * 1.001;
    }

    Values values() {
        return values;
    }

    /** Whether the marking would accept {@code v} as the answer for {@code key}. */
    boolean accepts(String key, double v) {
        double exact = values.get(key);
        int d = marking.decimals();
        if (!Double.isFinite(v)) {
            return false;
        }
        double gap = Math.abs(v - exact);
        if (gap <= marking.absolute() || gap <= marking.relative() * Math.abs(exact)) {
            return true;
        }
        // Rounding moves v by at most half a unit and its window reaches half a unit further: beyond a whole unit
        // of the reachable set it cannot fit, and the exact (slower) test is not needed.
        Interval reach = hand.reach(key);
        if (v < reach.lo() - unit || v > reach.hi() + unit) {
            return false;
        }
        return hand.fits(key, Numbers.round(v, d), d);
    }

    /**
     * Whether a mistaken value is the correct one itself (up to binary noise): then it is no mistake in this
     * variant (ReLU's z for h where the node is active, w − g for λ = 1) and cannot be told apart by anybody.
     */
    boolean identical(String key, double v) {
        double exact = values.get(key);
        return Math.abs(v - exact) <= 1e-9 * Math.max(1, Math.abs(exact));
    }

    /** Whether every quantity has a finite value (ln 0, overflow): checked before anything else. */
    static boolean allFinite(Values values) {
        for (var q : values.graph().quantities()) {
            if (!Double.isFinite(values.get(q.key()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first failed check among the common ones, or null. Two asked answers may be equal outright (z and h of
     * an active ReLU node, ∂J/∂z = ŷ for a class whose target is 0): then writing one for the other is right; but
     * two different answers the marking would accept for each other cannot be told apart.
     */
    String firstFailure(List<AskedItem> asked, Constraints c) {
        for (AskedItem a : asked) {
            if (!a.symbolic() && Math.abs(values.get(a.key())) > c.maxAbsAnswer()) {
                return Constraints.MAX_ABS_ANSWER;
            }
        }
        if (!c.distinguishable()) {
            return null;
        }
        List<String> numeric = asked.stream().filter(a -> !a.symbolic()).map(AskedItem::key).toList();
        for (String k : numeric) {
            if (!c.allowZero().contains(k) && accepts(k, 0)) {
                return Constraints.DISTINGUISHABLE;
            }
        }
        int n = numeric.size();
        double[] v = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = values.get(numeric.get(i));
            Interval r = hand.reach(numeric.get(i));
            double slack = unit + marking.absolute() + marking.relative() * Math.abs(v[i]);
            lo[i] = r.lo() - slack;
            hi[i] = r.hi() + slack;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean near = (v[j] >= lo[i] && v[j] <= hi[i]) || (v[i] >= lo[j] && v[i] <= hi[j]);
                if (near && !identical(numeric.get(i), v[j])
                        && (accepts(numeric.get(i), v[j]) || accepts(numeric.get(j), v[i]))) {
                    return Constraints.DISTINGUISHABLE;
                }
            }
        }
        return null;
    }
}
