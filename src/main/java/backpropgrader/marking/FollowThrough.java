package backpropgrader.marking;

import backpropgrader.engine.Interval;
import backpropgrader.engine.Quantity;

import java.util.List;

/**
 * Follow-through (DESIGN.md §6): an answer that is not correct, but is what the student's own earlier answers
 * give — carried through every level, through quantities the sheet did not ask too, with every unasked
 * intermediate rounded as the sheet rounds. Guarded against gaming where the student's departure from the
 * correct path enters: an earlier answer that their own earlier answers do not give (nor a catalogued mistake
 * explains) and that is 0, 1 or a copied given value makes the later work trivial and earns nothing. A value
 * their own earlier answers produce is never trivial, whatever it happens to equal.
 */
final class FollowThrough {

    private FollowThrough() {
    }

    /** The decision when the answer fits the student's own world; null when it does not. */
    static Decision decide(Work w, String key, Answer a) {
        if (!w.fitsWorld(key, a)) {
            return null;
        }
        List<String> wrong = w.wrongUpstream(key);
        if (wrong.isEmpty()) {
            return Decision.of(Verdict.CORRECT, Reason.OWN_CORRECT);
        }
        for (String u : wrong) {
            Answer entering = w.answers().get(u);
            if (w.fitsWorld(u, entering)) {
                continue; // a consequence of their own earlier answers, not where the departure starts
            }
            Reason.Trivial trivial = trivial(w, w.window(entering));
            if (trivial != null && MisconceptionFinder.find(w, u, entering) == null) {
                return Decision.of(Verdict.WRONG, new Reason.NoFollowThrough(List.of(w.earlier(u)), false, trivial,
                        w.correct(key)));
            }
        }
        return Decision.of(Verdict.FOLLOW_THROUGH, new Reason.FollowThrough(w.nearestEarlier(wrong),
                w.correct(key)));
    }

    /** Why an entering written value makes the work trivial (it is 0 or 1, or it equals a given value), or null. */
    private static Reason.Trivial trivial(Work w, Interval window) {
        if (window.contains(0)) {
            return Reason.Trivial.ZERO;
        }
        if (window.contains(1)) {
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
