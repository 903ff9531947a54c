package backpropgrader.marking;

import backpropgrader.engine.HandComputation;
import backpropgrader.engine.Interval;
import backpropgrader.engine.Values;

import java.util.List;

/**
 * What a correct answer is, for each numeric item of one student's exercise: the exact value and the set a
 * careful hand computation can reach (intermediates rounded to the sheet's places). Kept small (plain arrays):
 * it is all that is kept of every student's variant for the collusion check.
 */
public final class AnswerKey {

    private final String studentId;
    private final String exercise;
    private final boolean sameForEveryone;
    private final Marking marking;
    private final String[] keys;
    private final double[] exact;
    private final double[] lo;
    private final double[] hi;

    private AnswerKey(Variant v, String[] keys, double[] exact, double[] lo, double[] hi) {
        this.studentId = v.studentId();
        this.exercise = v.exerciseId();
        this.sameForEveryone = v.sameForEveryone();
        this.marking = v.marking();
        this.keys = keys;
        this.exact = exact;
        this.lo = lo;
        this.hi = hi;
    }

    /** The key of a variant, computed from its graph. */
    public static AnswerKey of(Variant v) {
        if (v.asked().stream().allMatch(Asked::symbolic)) {
            return new AnswerKey(v, new String[0], new double[0], new double[0], new double[0]);
        }
        Values exact = v.graph().evaluate();
        return of(v, exact, v.graph().markingReference(v.marking().decimals()));
    }

    static AnswerKey of(Variant v, Values values, HandComputation reference) {
        List<String> numeric = v.asked().stream().filter(a -> !a.symbolic()).map(Asked::key).toList();
        int n = numeric.size();
        String[] keys = numeric.toArray(new String[0]);
        double[] exact = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            exact[i] = values.get(keys[i]);
            Interval r = reference.reach(keys[i]);
            lo[i] = r.lo();
            hi[i] = r.hi();
        }
        return new AnswerKey(v, keys, exact, lo, hi);
    }

    public String studentId() {
        return studentId;
    }

    public String exercise() {
        return exercise;
    }

    public boolean sameForEveryone() {
        return sameForEveryone;
    }

    public Marking marking() {
        return marking;
    }

    /** The numeric asked keys, in the sheet's order. */
    public List<String> keys() {
        return List.of(keys);
    }

    public boolean has(String key) {
        return indexOf(key) >= 0;
    }

    /** The exact value of an asked key. */
    public double exact(String key) {
        return exact[index(key)];
    }

    /** What a careful hand computation can reach for an asked key. */
    public Interval reach(String key) {
        int i = index(key);
        return new Interval(lo[i], hi[i]);
    }

    /** Whether a numeric answer to {@code key}, written with {@code written} places, is correct for this variant. */
    public boolean accepts(String key, double value, int written) {
        int i = indexOf(key);
        return i >= 0 && acceptsAt(i, value, written);
    }

    /**
     * What decides whether an answer to one asked key is correct: keys with equal deciders accept exactly the same
     * answers (the collusion index asks once for all students whose variants share a key's numbers).
     */
    public record Decider(double lo, double hi, double exact, Marking marking) {
        public boolean accepts(double value, int written) {
            return Tolerance.accepts(new Interval(lo, hi), exact, value, written, marking);
        }
    }

    /** Whether a numeric answer is correct for the key at {@code index} in {@link #keys()} (see {@link #accepts}). */
    public boolean acceptsAt(int index, double value, int written) {
        return Tolerance.accepts(new Interval(lo[index], hi[index]), exact[index], value, written, marking);
    }

    /** The decider of the key at {@code index} in {@link #keys()}. */
    public Decider deciderAt(int index) {
        return new Decider(lo[index], hi[index], exact[index], marking);
    }

    /** A superset of the values {@link #accepts} may accept (before widening by the answer's window). */
    public Interval bounds(String key) {
        return boundsAt(index(key));
    }

    /** {@link #bounds} of the key at {@code index} in {@link #keys()}. */
    public Interval boundsAt(int index) {
        double r = Tolerance.nearEnoughRadius(exact[index], marking);
        return new Interval(Math.min(lo[index], exact[index] - r), Math.max(hi[index], exact[index] + r));
    }

    private int index(String key) {
        int i = indexOf(key);
        if (i < 0) {
            throw new IllegalArgumentException(key + " is not asked in " + exercise + " for " + studentId);
        }
        return i;
    }

    /** The place of {@code key} in {@link #keys()}, or -1 when it is not a numeric asked key. */
    public int indexOf(String key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
