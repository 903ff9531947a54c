package backpropgrader.marking;

import backpropgrader.engine.Interval;
import backpropgrader.engine.Quantity;

import java.util.List;

/**
 * Follow-through (DESIGN.md §6): an answer that is not correct, but is what the student's own earlier answers
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
            return Decision.of(Verdict.CORRECT, "Correct: this is what your own earlier answers give, and they are"
                    + " correct to the sheet's rounding.");
        }
        for (String u : wrong) {
            String trivial = trivial(w, w.window(w.answers().get(u)), true);
            if (trivial != null) {
                return Decision.of(Verdict.WRONG, "Wrong, and no follow-through: this is what your earlier answer "
                        + w.asTyped(u) + " gives, but that answer " + trivial + ", which makes the later work"
                        + " trivial. The correct value is " + w.correctValue(key) + ".");
            }
        }
        String trivial = trivial(w, w.window(a), false);
        if (trivial != null) {
            return Decision.of(Verdict.WRONG, "Wrong, and no follow-through: this is what "
                    + w.yourEarlier(wrong, "give") + ", but this value " + trivial + ", which makes the work trivial."
                    + " The correct value is " + w.correctValue(key) + ".");
        }
        return Decision.of(Verdict.FOLLOW_THROUGH, "Follow-through: not the correct value, which is "
                + w.correctValue(key) + ", but what " + w.yourEarlier(wrong, "give") + ".");
    }

    /** Why a written value makes the work trivial ("is 0", "equals y_1, a given value"), or null. */
    private static String trivial(Work w, Interval window, boolean oneToo) {
        if (window.contains(0)) {
            return "is 0";
        }
        if (oneToo && window.contains(1)) {
            return "is 1";
        }
        for (Quantity q : w.graph().quantities()) {
            if (q.isGiven() && window.contains(q.given())) {
                return "equals " + w.graph().display(q.key()) + ", a given value";
            }
        }
        return null;
    }
}
