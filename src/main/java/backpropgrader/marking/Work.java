package backpropgrader.marking;

import backpropgrader.engine.HandComputation;
import backpropgrader.engine.Interval;
import backpropgrader.engine.Numbers;
import backpropgrader.engine.Quantity;
import backpropgrader.engine.QuantityGraph;
import backpropgrader.engine.Values;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the marker knows about one student's exercise: the reference world, and the student's own world
 * (their written numbers, every other quantity computed from them, rounded as the sheet rounds).
 *
 * @param windows   answered numeric key → the interval the written number stands for
 * @param ownValues answered numeric key → the number written
 * @param accepted  answered keys that are correct for the reference
 * @param own       hand computation from the student's own written values
 * @param ownWorld  point values from the student's own written values (answered keys take their answers)
 */
record Work(QuantityGraph graph, Marking marking, Values exact, HandComputation reference, AnswerKey key,
            Map<String, Answer> answers, Map<String, Interval> windows, Map<String, Double> ownValues,
            Set<String> accepted, HandComputation own, Values ownWorld, Map<String, Set<String>> ancestorCache) {

    /** The ancestors of a key, computed once per student and exercise. */
    Set<String> ancestors(String key) {
        return ancestorCache.computeIfAbsent(key, graph::ancestors);
    }

    int decimals() {
        return marking.decimals();
    }

    /** What the key's formula gives from the student's own world (never their own answer to it). */
    double ownValue(String key) {
        var q = graph.get(key);
        return q.isGiven() ? q.given() : q.formula().eval(ownWorld::get);
    }

    Interval window(Answer a) {
        return Tolerance.window(a.value(), a.decimals(), marking);
    }

    /** The student's answered ancestors of {@code key} that are not correct, in the lecture's order. */
    List<String> wrongUpstream(String key) {
        Set<String> up = ancestors(key);
        List<String> out = new ArrayList<>();
        for (Quantity q : graph.quantities()) {
            if (up.contains(q.key()) && windows.containsKey(q.key()) && !accepted.contains(q.key())) {
                out.add(q.key());
            }
        }
        return out;
    }

    /** Of some answered keys, those no other one of them depends on: the nearest, for the reasons. */
    List<String> nearest(List<String> keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            if (keys.stream().noneMatch(o -> !o.equals(k) && ancestors(o).contains(k))) {
                out.add(k);
            }
        }
        return out;
    }

    /** "ŷ_1 = 1.9" for the reasons: the key in the lecture's notation and the answer as typed. */
    String asTyped(String key) {
        return graph.display(key) + " = " + answers.get(key).raw().strip();
    }

    /** The exact value with enough places, and its rounding at the sheet's: "−0.38855 (−0.389 at 3 places)". */
    String correctValue(String key) {
        double v = exact.get(key);
        String plain = Numbers.plain(v);
        if (Numbers.decimalsOf(plain) <= decimals()) {
            return plain; // an exact short decimal: 1.25
        }
        return Numbers.beyond(v, decimals()) + " (" + Numbers.fixed(v, decimals()) + " at " + decimals()
                + " decimal places)";
    }

    /** The nearest of these answers as a subject, with its verb: "your earlier answer ŷ_1 = 1.9 gives". */
    String yourEarlier(List<String> keys, String verb) {
        List<String> shown = nearest(keys).stream().map(this::asTyped).toList();
        if (shown.size() == 1) {
            return "your earlier answer " + shown.get(0) + " " + verb + "s";
        }
        return "your earlier answers " + String.join(", ", shown.subList(0, shown.size() - 1)) + " and "
                + shown.get(shown.size() - 1) + " " + verb;
    }
}
