package backpropgrader.marking;

import backpropgrader.engine.Interval;
import backpropgrader.engine.MistakePattern;
import backpropgrader.engine.Quantity;

import java.util.List;

/**
 * Follow-through (docs/MARKING.md): an answer that is not correct, but is what the student's own earlier answers
 * give — carried through every level, through quantities the sheet did not ask too, with every unasked
 * intermediate rounded as the sheet rounds — in one of the cheapest explanations of their answers
 * ({@link Diagnosis}): their own world, or one where a catalogued mistake is repeated throughout a step. Guarded
 * against gaming where the student's departure from the correct path enters: an earlier answer that the
 * explanation does not give (nor a catalogued mistake explains) and that is 0, 1 or a copied given value makes
 * the later work trivial and earns nothing. A value their own earlier answers produce is never trivial, whatever
 * it happens to equal.
 */
final class FollowThrough {

    private FollowThrough() {
    }

    /** The decision when the answer fits an explanation's world, where no pattern enters; null when none. */
    static Decision decide(Work w, String key, Answer a) {
        Decision refused = null;
        for (Diagnosis.Explanation e : w.explanations()) {
            if (!e.fits(key, a) || e.entering(key) != null) {
                continue;
            }
            List<String> wrong = w.wrongUpstream(key);
            if (wrong.isEmpty()) {
                if (e.shows(key)) {
                    continue; // a mistake shows here and nowhere earlier: not correct, and not carried either
                }
                return Decision.of(Verdict.CORRECT, Reason.OWN_CORRECT);
            }
            Decision guarded = guard(w, e, key, wrong);
            if (guarded != null) {
                refused = refused == null ? guarded : refused;
                continue;
            }
            MistakePattern repeated = e.repeatedUnasked(key);
            return Decision.of(Verdict.FOLLOW_THROUGH, repeated == null
                    ? new Reason.FollowThrough(w.nearestEarlier(wrong), w.correct(key))
                    : new Reason.FollowThroughWithMistake(w.nearestEarlier(wrong), repeated.misconception(),
                    w.correct(key)));
        }
        return refused;
    }

    /**
     * The catalogued mistake, repeated throughout a step in one of the cheapest explanations, that first enters
     * at this wrong answer: which, at which node, and what it gives the item; null when no pattern enters here.
     * Of mistakes that explain it equally well, the one nearest the item, as where the error starts.
     */
    static MisconceptionFinder.Found entering(Work w, String key) {
        MisconceptionFinder.Found best = null;
        for (Diagnosis.Explanation e : w.explanations()) {
            MistakePattern p = e.entering(key);
            if (p != null && e.fits(key, w.answers().get(key))) {
                String node = e.node(p, key);
                if (best == null || w.order(node) > w.order(best.node())) {
                    best = new MisconceptionFinder.Found(p.misconception(), node, e.mistaken(key));
                }
            }
        }
        return best;
    }

    /** No follow-through when the departure entered with a trivial value that nothing explains; else null. */
    private static Decision guard(Work w, Diagnosis.Explanation e, String key, List<String> wrong) {
        for (String u : wrong) {
            Answer entering = w.answers().get(u);
            if (e.fits(u, entering)) {
                continue; // a consequence of their own earlier answers (or a mistake's), not where it entered
            }
            Reason.Trivial trivial = trivial(w, w.window(entering));
            if (trivial != null && MisconceptionFinder.find(w, u, entering) == null) {
                return Decision.of(Verdict.WRONG, new Reason.NoFollowThrough(List.of(w.earlier(u)), false, trivial,
                        w.correct(key)));
            }
        }
        return null;
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
