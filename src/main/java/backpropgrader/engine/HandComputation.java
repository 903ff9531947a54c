package backpropgrader.engine;

import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The rounding-aware model (docs/MARKING.md, §7): the set of values a careful hand computation can reach for every
 * quantity. Every written intermediate may be anywhere within half a unit of its last written decimal of its
 * correct value, or be the rounding of anything its own parents reach; these sets are carried through the node
 * formulas by interval arithmetic. The same model marks the lecture's printed numbers and students' answers.
 *
 * <p>Order of use: build with {@link #reference} (around the correct values) or {@link #own} (from somebody's
 * own written values, for follow-through), then ask {@link #reach(String)} whether a written answer fits.
 */
public final class HandComputation {

    private final QuantityGraph graph;
    private final Interval[] reach;
    private final Interval[] hand;

    private HandComputation(QuantityGraph graph, Values exact, ToIntFunction<String> decimals,
                            Map<String, Interval> own, boolean aroundReference) {
        this.graph = graph;
        int n = graph.quantities().size();
        reach = new Interval[n];
        hand = new Interval[n];
        for (int i = 0; i < n; i++) {
            Quantity q = graph.quantities().get(i);
            if (q.isGiven()) {
                reach[i] = hand[i] = Interval.point(q.given());
                continue;
            }
            Interval r = q.formula().interval(k -> hand[graph.indexOf(k)]);
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
        }
    }

    /**
     * Hand computation from the given data: every quantity written with {@code decimals} places (negative:
     * carried unrounded) may lie within half a unit of its correct value.
     */
    public static HandComputation reference(Values exact, ToIntFunction<String> decimals) {
        return new HandComputation(exact.graph(), exact, decimals, Map.of(), true);
    }

    /**
     * Hand computation that starts from somebody's own written values ({@code own}: key → the interval their
     * written number stands for), every other quantity computed from those and rounded as {@code decimals} says.
     */
    public static HandComputation own(Values exact, ToIntFunction<String> decimals, Map<String, Interval> own) {
        return new HandComputation(exact.graph(), exact, decimals, own, false);
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
