package backpropgrader.marking;

import backpropgrader.engine.Misconception;

import backpropgrader.engine.Expr;
import backpropgrader.engine.HandComputation;
import backpropgrader.engine.Interval;
import backpropgrader.engine.Key;
import backpropgrader.engine.Numbers;
import backpropgrader.engine.QuantityGraph;
import backpropgrader.engine.TightInterval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the catalogued mistake behind a wrong answer, where the error starts (docs/MARKING.md). A mistake is a
 * node's alternative formula ({@code Quantity.alternatives()}), tried on the asked node itself and on the
 * unasked quantities between it and the student's answered ones (an unasked error term feeding an asked
 * gradient); or {@code swapped-indices}. The world of a mistake starts from the student's own answers, and is
 * carried by the same hand-computation model as follow-through. A mistake is named only when it separates (its
 * value is not itself a correct answer) and when it does not contradict another answer of the student's that
 * fits their own world without it.
 */
final class MisconceptionFinder {

    /** A mistake found: which, at which node, and the value it gives the asked item. */
    record Found(Misconception misconception, String node, double value) {
    }

    private MisconceptionFinder() {
    }

    static Found find(Work w, String key, Answer a) {
        Map<String, Double> others = new HashMap<>(w.ownValues());
        others.remove(key);
        List<String> nodes = candidates(w, key);
        Found f = tryNode(w, nodes.get(0), key, a, others);
        if (f == null) {
            f = swapped(w, key, a);
        }
        for (int i = 1; f == null && i < nodes.size(); i++) {
            f = tryNode(w, nodes.get(i), key, a, others);
        }
        return f;
    }

    /** The asked node, then its unanswered computed ancestors up to the student's answers, nearest first. */
    private static List<String> candidates(Work w, String key) {
        QuantityGraph g = w.graph();
        List<String> out = new ArrayList<>(List.of(key));
        Set<String> seen = new HashSet<>(out);
        Deque<String> todo = new ArrayDeque<>(g.get(key).parents());
        while (!todo.isEmpty()) {
            String k = todo.removeFirst();
            if (!seen.add(k) || g.get(k).isGiven() || w.windows().containsKey(k)) {
                continue;
            }
            out.add(k);
            todo.addAll(g.get(k).parents());
        }
        return out;
    }

    private static Found tryNode(Work w, String node, String key, Answer a, Map<String, Double> others) {
        QuantityGraph g = w.graph();
        for (Map.Entry<Misconception, Expr> alt : g.get(node).alternatives().entrySet()) {
            Misconception m = alt.getKey();
            Interval altReach = TightInterval.of(alt.getValue(), k -> w.own().hand(k));
            HandComputation world = null;
            Interval reach = altReach;
            if (!node.equals(key)) {
                Map<String, Interval> windows = new HashMap<>(w.windows());
                windows.put(node, altReach.hull(new Interval(Numbers.round(altReach.lo(), w.decimals()),
                        Numbers.round(altReach.hi(), w.decimals()))));
                world = HandComputation.tightOwn(w.exact(), k -> w.decimals(), windows);
                reach = world.reach(key);
            }
            double value = g.evaluateWith(others, q -> q.key().equals(node) ? alt.getValue() : q.formula()).get(key);
            if (Tolerance.accepts(reach, value, a.value(), a.decimals(), w.marking())
                    && !w.key().accepts(key, value, w.decimals())
                    && (world == null || !contradicted(w, world, node, key))) {
                return new Found(m, node, value);
            }
        }
        return null;
    }

    /** Whether another answer that fits the student's own world would not fit the world with the mistake. */
    private static boolean contradicted(Work w, HandComputation world, String node, String key) {
        Set<String> affected = w.graph().descendants(node);
        for (Map.Entry<String, Interval> e : w.windows().entrySet()) {
            String other = e.getKey();
            if (other.equals(key) || !affected.contains(other)) {
                continue;
            }
            boolean fitsOwn = w.accepted().contains(other) || e.getValue().meets(w.own().reach(other));
            if (fitsOwn && !e.getValue().meets(world.reach(other))) {
                return true;
            }
        }
        return false;
    }

    /** The correct (or own-world) value of the key with n and m exchanged: w[l]_n,m ↔ w[l]_m,n. */
    private static Found swapped(Work w, String key, Answer a) {
        Key k = Key.read(key).filter(Key::hasWeightIndices).orElse(null);
        if (k == null || k.n() == k.m()) {
            return null;
        }
        String other = k.swapped().toString();
        if (!w.graph().has(other)) {
            return null;
        }
        double exact = w.exact().get(other);
        boolean fits = Tolerance.accepts(w.reference().reach(other), exact, a.value(), a.decimals(), w.marking())
                || Tolerance.accepts(w.own().reach(other), w.ownValue(other), a.value(), a.decimals(),
                w.marking());
        return fits && !w.key().accepts(key, exact, w.decimals())
                ? new Found(Misconception.SWAPPED_INDICES, other, exact) : null;
    }
}
