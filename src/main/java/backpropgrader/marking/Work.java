package backpropgrader.marking;

import backpropgrader.engine.HandComputation;
import backpropgrader.engine.Interval;
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
 * @param ownHand   hand computation from the student's own written values ({@link #own()}, made on first use)
 * @param ownPoints point values from the student's own written values, answered keys taking their answers
 *                  ({@link #ownWorld()}, made on first use)
 * @param derivatives chain rule: value key → what the student's own wrong derivative gives at x0
 * @param explanations the explanations of least cost of the student's answers, their own world first when it
 *                  is one ({@link Diagnosis}); empty only while they are being found
 */
record Work(QuantityGraph graph, Marking marking, Values exact, HandComputation reference, AnswerKey key,
            Map<String, Answer> answers, Map<String, Interval> windows, Map<String, Double> ownValues,
            Set<String> accepted, Lazy<HandComputation> ownHand, Lazy<Values> ownPoints,
            Map<String, OwnDerivatives.Own> derivatives, List<Diagnosis.Explanation> explanations,
            Map<String, Set<String>> ancestorCache) {

    /** The same, with the explanations of least cost of the student's answers ({@link Diagnosis}). */
    Work explainedBy(List<Diagnosis.Explanation> found) {
        return new Work(graph, marking, exact, reference, key, answers, windows, ownValues, accepted, ownHand,
                ownPoints, derivatives, List.copyOf(found), ancestorCache);
    }

    /** Hand computation from the student's own written values (computed on first use). */
    HandComputation own() {
        return ownHand.get();
    }

    /** Point values from the student's own written values: answered keys take their answers. */
    Values ownWorld() {
        return ownPoints.get();
    }

    /** The ancestors of a key, computed once per student and exercise. */
    Set<String> ancestors(String key) {
        return ancestorCache.computeIfAbsent(key, graph::ancestors);
    }

    /** The world the student's answers are judged consistent in: their own, or the first cheapest explanation's. */
    HandComputation world() {
        return explanations.get(0).world();
    }


    /** A key's place in the lecture's order (the item itself for a key with its indices exchanged). */
    int order(String key) {
        return graph.has(key) ? graph.indexOf(key) : -1;
    }

    int decimals() {
        return marking.decimals();
    }

    /** What the key's formula gives from the student's own world (never their own answer to it). */
    double ownValue(String key) {
        var q = graph.get(key);
        return q.isGiven() ? q.given() : q.formula().eval(ownWorld()::get);
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

    /** An answer as a reason names it: the key, in the lecture's notation too, and the answer as typed. */
    Reason.Earlier earlier(String key) {
        return new Reason.Earlier(key, graph.display(key), answers.get(key).raw().strip());
    }

    /** The nearest of these answers, as a reason names them. */
    List<Reason.Earlier> nearestEarlier(List<String> keys) {
        return nearest(keys).stream().map(this::earlier).toList();
    }

    /** The key's exact value and the sheet's places, as a reason states the correct value. */
    Reason.Correct correct(String key) {
        return new Reason.Correct(exact.get(key), decimals());
    }
}
