package backpropgrader.exercise;

import backpropgrader.engine.Expr;
import backpropgrader.engine.Key;
import backpropgrader.engine.Misconception;
import backpropgrader.engine.Quantity;
import backpropgrader.engine.QuantityGraph;
import backpropgrader.engine.Values;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The generator's side of docs/MARKING.md: no catalogued mistake may give a value the marking would accept, or the
 * grader could never name it. A mistake is tried where it starts (the quantity carrying the alternative formula)
 * and judged where it shows: on that quantity if it is asked, else on the asked quantities computed directly
 * from it (an unasked error term ∂J/∂z is judged on its gradients ∂J/∂w). Far downstream the rounding-aware
 * tolerance rightly grows, and a small early slip fades into it; that is not a mistake the grader could name.
 * {@code swapped-indices} is judged on every asked key with two different indices n, m.
 */
final class MisconceptionChecks {

    /** One alternative formula to try, and the asked keys it is judged on. */
    private record Trial(String quantity, Misconception misconception, List<String> judgedOn) {
    }

    private record Swap(String asked, String swapped) {
    }

    private final List<Trial> trials = new ArrayList<>();
    private final List<Swap> swaps = new ArrayList<>();

    MisconceptionChecks(Family family, QuantityGraph plan) {
        Set<String> asked = new LinkedHashSet<>();
        family.asked().stream().filter(a -> !a.symbolic()).forEach(a -> asked.add(a.key()));
        Set<Misconception> ignored = family.constraints().ignoreMisconceptions();
        for (Quantity q : plan.quantities()) {
            if (q.alternatives().isEmpty()) {
                continue;
            }
            List<String> judgedOn = asked.contains(q.key()) ? List.of(q.key()) : askedChildren(plan, q.key(), asked);
            if (judgedOn.isEmpty()) {
                continue;
            }
            for (Misconception m : q.alternatives().keySet()) {
                if (!ignored.contains(m)) {
                    trials.add(new Trial(q.key(), m, judgedOn));
                }
            }
        }
        if (!ignored.contains(Misconception.SWAPPED_INDICES)) {
            for (String key : asked) {
                Key k = Key.read(key).filter(Key::hasWeightIndices).orElse(null);
                if (k != null && k.n() != k.m()) {
                    String swapped = k.swapped().toString();
                    if (plan.has(swapped)) {
                        swaps.add(new Swap(key, swapped));
                    }
                }
            }
        }
    }

    /** Asked quantities computed directly from {@code key} (its formula is one of their parents). */
    private static List<String> askedChildren(QuantityGraph plan, String key, Set<String> asked) {
        List<String> out = new ArrayList<>();
        for (String k : asked) {
            if (plan.get(k).parents().contains(key)) {
                out.add(k);
            }
        }
        return out;
    }

    /** "misconception:NAME" for the first mistake the marking would accept, or null. */
    String firstFailure(QuantityGraph g, AnswerChecks answers) {
        Values exact = answers.values();
        for (Swap s : swaps) {
            double v = exact.get(s.swapped());
            if (!answers.identical(s.asked(), v) && answers.accepts(s.asked(), v)) {
                return Constraints.MISCONCEPTION + Misconception.SWAPPED_INDICES.id();
            }
        }
        for (Trial t : trials) {
            Quantity target = g.get(t.quantity());
            Expr alt = target.alternatives().get(t.misconception());
            double[] world = g.valuesWith(target, alt, t.judgedOn());
            for (int i = 0; i < world.length; i++) {
                String k = t.judgedOn().get(i);
                double v = world[i];
                if (!answers.identical(k, v) && answers.accepts(k, v)) {
                    return Constraints.MISCONCEPTION + t.misconception().id();
                }
            }
        }
        return null;
    }
}
