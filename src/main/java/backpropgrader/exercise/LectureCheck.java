package backpropgrader.exercise;

import backpropgrader.engine.HandComputation;
import backpropgrader.engine.Interval;
import backpropgrader.engine.NetworkGraph;
import backpropgrader.engine.Numbers;
import backpropgrader.engine.QuantityGraph;
import backpropgrader.engine.Values;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recomputes every number the lecture prints and classifies it (the README's commands): {@code ok} when the printed
 * value, at its printed precision, is one a hand computation can reach; else {@code erratum}, with a note
 * "carried from KEY" when it is what the formula gives from an earlier erratum as printed. No verdict is stored
 * anywhere: it is decided from the printed strings and the formulas every time.
 */
public final class LectureCheck {

    /** One printed number and its verdict. */
    public record Check(String exercise, String key, String printed, double computed, String verdict, String note) {
        public boolean isErratum() {
            return "erratum".equals(verdict);
        }
    }

    private LectureCheck() {
    }

    public static List<Check> check(LectureExercise ex) {
        QuantityGraph g = NetworkGraph.build(ex.instance());
        Values exact = g.evaluate();
        Map<String, Integer> precision = new HashMap<>();
        Map<String, Interval> asPrinted = new HashMap<>();
        ex.printed().forEach((k, p) -> {
            g.get(k); // an unknown key is a mistake in the exercise file: fail loudly
            precision.put(k, Numbers.decimalsOf(p));
            asPrinted.put(k, Interval.roundingWindow(Numbers.parse(p), Numbers.decimalsOf(p)));
        });
        HandComputation reference = HandComputation.reference(exact, k -> precision.getOrDefault(k, ex.decimals()));
        HandComputation fromPrinted = HandComputation.own(exact, k -> precision.getOrDefault(k, ex.decimals()), asPrinted);

        Map<String, Set<String>> rootsOfErratum = new LinkedHashMap<>();
        List<Check> out = new ArrayList<>();
        for (var q : g.quantities()) {
            String printed = ex.printed().get(q.key());
            if (printed == null) {
                continue;
            }
            double value = Numbers.parse(printed);
            int d = Numbers.decimalsOf(printed);
            String verdict = "ok";
            String note = null;
            if (!reference.fits(q.key(), value, d)) {
                Set<String> roots = new LinkedHashSet<>();
                for (String a : g.ancestors(q.key())) {
                    if (rootsOfErratum.containsKey(a)) {
                        roots.addAll(rootsOfErratum.get(a).isEmpty() ? Set.of(a) : rootsOfErratum.get(a));
                    }
                }
                boolean consistent = fromPrinted.fits(q.key(), value, d);
                if (!consistent || !roots.isEmpty()) {
                    verdict = "erratum";
                    if (consistent) {
                        note = "carried from " + String.join(", ", sortedByGraph(g, roots));
                        rootsOfErratum.put(q.key(), roots);
                    } else {
                        rootsOfErratum.put(q.key(), Set.of());
                    }
                }
            }
            out.add(new Check(g.exercise(), q.key(), printed, exact.get(q.key()), verdict, note));
        }
        List<String> printedOrder = List.copyOf(ex.printed().keySet());
        out.sort(java.util.Comparator.comparingInt(c -> printedOrder.indexOf(c.key())));
        return out;
    }

    private static List<String> sortedByGraph(QuantityGraph g, Set<String> keys) {
        return g.quantities().stream().map(q -> q.key()).filter(keys::contains).toList();
    }
}
