package backpropgrader.exercise;

import backpropgrader.engine.HandComputation;
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

    AnswerChecks(Values values, Marking marking) {
        this.values = values;
        this.marking = marking;
        this.hand = HandComputation.reference(values, k -> marking.decimals());
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
        return hand.fits(key, Numbers.round(v, d), d) || gap <= marking.absolute() || gap <= marking.relative() * Math.abs(exact);
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
        return values.asMap().values().stream().allMatch(Double::isFinite);
    }

    /** The first failed check among the common ones, or null. */
    String firstFailure(List<AskedItem> asked, Constraints c) {
        for (AskedItem a : asked) {
            if (!a.symbolic() && Math.abs(values.get(a.key())) > c.maxAbsAnswer()) {
                return Constraints.MAX_ABS_ANSWER;
            }
        }
        if (c.distinguishable()) {
            for (AskedItem a : asked) {
                if (!a.symbolic() && !c.allowZero().contains(a.key()) && accepts(a.key(), 0)) {
                    return Constraints.DISTINGUISHABLE;
                }
            }
        }
        return null;
    }
}
