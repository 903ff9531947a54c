package backpropgrader.grade;

import backpropgrader.engine.HandComputation;
import backpropgrader.engine.Interval;
import backpropgrader.engine.Values;
import backpropgrader.exercise.Asked;
import backpropgrader.exercise.Marking;
import backpropgrader.exercise.Variant;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a correct answer is, for each numeric item of one student's exercise: the exact value and the set a
 * careful hand computation can reach (intermediates rounded to the sheet's places). Small on purpose: it is all
 * that is kept of every student's variant for the collusion check.
 *
 * @param targets asked key → its target, for numeric items only
 */
public record AnswerKey(String studentId, String exercise, boolean sameForEveryone, Marking marking,
                        Map<String, Target> targets) {

    /** One numeric item's exact value and reachable set. */
    public record Target(double exact, Interval reach) {
    }

    /** The key of a variant, computed from its graph. */
    public static AnswerKey of(Variant v) {
        if (v.asked().stream().allMatch(Asked::symbolic)) {
            return new AnswerKey(v.studentId(), v.exerciseId(), v.sameForEveryone(), v.marking(), Map.of());
        }
        Values exact = v.graph().evaluate();
        return of(v, exact, HandComputation.reference(exact, k -> v.marking().decimals()));
    }

    static AnswerKey of(Variant v, Values exact, HandComputation reference) {
        Map<String, Target> t = new LinkedHashMap<>();
        for (Asked a : v.asked()) {
            if (!a.symbolic()) {
                t.put(a.key(), new Target(exact.get(a.key()), reference.reach(a.key())));
            }
        }
        return new AnswerKey(v.studentId(), v.exerciseId(), v.sameForEveryone(), v.marking(), Map.copyOf(t));
    }

    /** Whether a numeric answer to {@code key}, written with {@code written} places, is correct for this variant. */
    public boolean accepts(String key, double value, int written) {
        Target t = targets.get(key);
        return t != null && Tolerance.accepts(t.reach(), t.exact(), value, written, marking);
    }

    /** A superset of the values {@link #accepts} may accept (before widening by the answer's window). */
    Interval bounds(String key) {
        Target t = targets.get(key);
        double r = Tolerance.nearEnoughRadius(t.exact(), marking);
        return t.reach().hull(new Interval(t.exact() - r, t.exact() + r));
    }
}
