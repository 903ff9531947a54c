package backpropgrader.marking;

import backpropgrader.engine.Interval;
import backpropgrader.engine.Quantity;

import java.util.List;

/**
 * Follow-through (docs/MARKING.md): an answer that is not correct, but is what the student's own earlier answers
 * give — carried through every level, through quantities the sheet did not ask too, with every unasked
 * intermediate rounded as the sheet rounds. Guarded against gaming: an earlier wrong answer of 0, 1 or a given
 * value copied, or a result of 0 or equal to a given value, makes the work trivial and earns nothing.
 */
final class FollowThrough {

    private FollowThrough() {
    }

    /** The decision when the answer fits the student's own world; null when it does not. */
    static Decision decide(Work w, String key, Answer a) {
        if (!Tolerance.accepts(w.own().reach(key), w.ownValue(key), a.value(), a.decimals(), w.marking())) {
            return null;
        }
        List<String> wrong = w.wrongUpstream(key);
        if (wrong.isEmpty()) {
            return Decision.of(Verdict.CORRECT, Reason.OWN_CORRECT);
        }
        for (String u : wrong) {
            Reason.Trivial trivial = trivial(w, w.window(w.answers().get(u)), true);
            if (trivial != null) {
                return Decision.of(Verdict.WRONG, new Reason.NoFollowThrough(List.of(w.earlier(u)), false, trivial,
                        w.correct(key)));
            }
        }
        Reason.Trivial trivial = trivial(w, w.window(a), false);
        if (trivial != null) {
            return Decision.of(Verdict.WRONG, new Reason.NoFollowThrough(w.nearestEarlier(wrong), true, trivial,
                    w.correct(key)));
        }
        return Decision.of(Verdict.FOLLOW_THROUGH, new Reason.FollowThrough(w.nearestEarlier(wrong),
                w.correct(key)));
    }

    /** Why a written value makes the work trivial (it is 0 or 1, or it equals a given value), or null. */
    private static Reason.Trivial trivial(Work w, Interval window, boolean oneToo) {
        if (window.contains(0)) {
            return Reason.Trivial.ZERO;
        }
        if (oneToo && window.contains(1)) {
            return Reason.Trivial.ONE;
        }
        for (Quantity q : w.graph().quantities()) {
            if (q.isGiven() && window.contains(q.given())) {
                return Reason.Trivial.given(q.key(), w.graph().display(q.key()));
            }
        }
        return null;
    }
}
