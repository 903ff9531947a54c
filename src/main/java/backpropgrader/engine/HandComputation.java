package backpropgrader.engine;

import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The rounding-aware model (docs/MARKING.md, §7): the set of values a careful hand computation can reach for every
 * quantity. Every written intermediate may be anywhere within half a unit of its last written decimal of its
 * correct value, or be the rounding of anything its own parents reach; these sets are carried through the node
 * formulas by interval arithmetic. The same model marks the lecture's printed numbers and students' answers.
 *
 * <p>Two ways of carrying a set through one formula: plain interval arithmetic ({@link #reference},
 * {@link #own}: what the lecture check and a variant's redraw checks use, unchanged so that no handed-out sheet
 * changes), and without the dependency over-reach where a formula uses one quantity twice ({@link TightInterval};
 * {@link #tightReference}, {@link #tightOwn}: what marking uses). The tight sets are never narrower than what a
 * hand computation reaches, only closer to it.
 *
 * <p>Order of use: build with one of the factories (around the correct values, or from somebody's own written
 * values for follow-through), then ask {@link #reach(String)} whether a written answer fits.
 */
public final class HandComputation {

    private final QuantityGraph graph;
    private final Values exact;
    private final ToIntFunction<String> decimals;
    private final Map<String, Interval> own;
    private final boolean aroundReference;
    private final boolean tight;
    private final Function<Quantity, Expr> formulaOf;
    private final Interval[] reach;
    private final Interval[] hand;
    private final boolean[] busy;

    private HandComputation(Values exact, ToIntFunction<String> decimals, Map<String, Interval> own,
                            boolean aroundReference, boolean tight, Function<Quantity, Expr> formulaOf) {
        this.graph = exact.graph();
        this.exact = exact;
        this.decimals = decimals;
        this.own = own;
        this.aroundReference = aroundReference;
        this.tight = tight;
        this.formulaOf = formulaOf;
        int n = graph.quantities().size();
        reach = new Interval[n];
        hand = new Interval[n];
        busy = new boolean[n];
        for (int i = 0; i < n; i++) {
            compute(i);
        }
    }

    /**
     * Computes node {@code i} (its parents first). In the lecture's order every parent is done already; an
     * alternative formula (a misconception) may refer to a later quantity, which is then computed on demand.
     */
    private Interval compute(int i) {
        if (hand[i] != null) {
            return hand[i];
        }
        Quantity q = graph.quantities().get(i);
        if (q.isGiven()) {
            reach[i] = hand[i] = Interval.point(q.given());
            return hand[i];
        }
        if (busy[i]) {
            throw new IllegalStateException("formulas of " + q.key() + " depend on each other");
        }
        busy[i] = true;
        Expr f = formulaOf == null ? q.formula() : formulaOf.apply(q);
        Function<String, Interval> env = k -> compute(graph.indexOf(k));
        Interval r = !tight ? f.interval(env)
                : f == q.formula() ? TightInterval.of(f, env, graph.usedTwice(i)) : TightInterval.of(f, env);
        reach[i] = r;
        Interval o = own.get(q.key());
        int d = decimals.applyAsInt(q.key());
        if (o != null) {
            hand[i] = o;
        } else if (d < 0) {
            hand[i] = r;
        } else {
            Interval h = r.hull(new Interval(Numbers.round(r.lo(), d), Numbers.round(r.hi(), d)));
            hand[i] = aroundReference ? h.hull(Interval.roundingWindow(exact.get(q.key()), d)) : h;
        }
        busy[i] = false;
        return hand[i];
    }

    /**
     * Hand computation from the given data: every quantity written with {@code decimals} places (negative:
     * carried unrounded) may lie within half a unit of its correct value. Plain interval arithmetic.
     */
    public static HandComputation reference(Values exact, ToIntFunction<String> decimals) {
        return new HandComputation(exact, decimals, Map.of(), true, false, null);
    }

    /**
     * Hand computation that starts from somebody's own written values ({@code own}: key → the interval their
     * written number stands for), every other quantity computed from those and rounded as {@code decimals} says.
     * Plain interval arithmetic.
     */
    public static HandComputation own(Values exact, ToIntFunction<String> decimals, Map<String, Interval> own) {
        return new HandComputation(exact, decimals, own, false, false, null);
    }

    /** {@link #reference}, without the over-reach where a formula uses one quantity twice: for marking. */
    public static HandComputation tightReference(Values exact, ToIntFunction<String> decimals) {
        return new HandComputation(exact, decimals, Map.of(), true, true, null);
    }

    /** {@link #own}, without the over-reach where a formula uses one quantity twice: for marking. */
    public static HandComputation tightOwn(Values exact, ToIntFunction<String> decimals, Map<String, Interval> own) {
        return new HandComputation(exact, decimals, own, false, true, null);
    }

    /**
     * {@link #tightOwn} in a world where each computed quantity uses the formula {@code formulaOf} chooses (a
     * misconception's alternative formula at some nodes): the world of one explanation of a student's answers.
     */
    public static HandComputation tightOwn(Values exact, ToIntFunction<String> decimals, Map<String, Interval> own,
                                           Function<Quantity, Expr> formulaOf) {
        return new HandComputation(exact, decimals, own, false, true, formulaOf);
    }

    /** The values the node's formula gives over what its parents can be by hand. */
    public Interval reach(String key) {
        return reach[graph.indexOf(key)];
    }

    /** What the quantity itself can be when written by hand. */
    public Interval hand(String key) {
        return hand[graph.indexOf(key)];
    }

    /** Whether a number written with {@code decimals} places could be the rounding of a reachable value. */
    public boolean fits(String key, double written, int decimals) {
        return Interval.roundingWindow(written, decimals).meets(reach(key));
    }
}
