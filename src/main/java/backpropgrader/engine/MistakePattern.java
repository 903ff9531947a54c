package backpropgrader.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A catalogued misconception applied at every node where it applies within one lecture step (docs/MARKING.md): the
 * sign flipped in every update of step 1, the first round's weights throughout the second forward pass. The
 * marker's whole-path diagnosis takes one as a single explanation of many answers, in quantities the sheet did
 * not ask too.
 *
 * @param step  the lecture step, as the worked solution titles it ({@link QuantityGraph#step})
 * @param nodes the quantities of that step with the misconception's alternative formula, in the lecture's order
 */
public record MistakePattern(Misconception misconception, String step, List<String> nodes) {

    public MistakePattern {
        nodes = List.copyOf(nodes);
    }

    /** Every pattern of the graph, in the order of their first nodes. */
    static List<MistakePattern> of(QuantityGraph g) {
        Map<String, List<String>> nodes = new LinkedHashMap<>();
        Map<String, Misconception> which = new LinkedHashMap<>();
        for (Quantity q : g.quantities()) {
            for (Misconception m : q.alternatives().keySet()) {
                String id = m.id() + '\u0000' + g.step(q.key());
                nodes.computeIfAbsent(id, k -> new ArrayList<>()).add(q.key());
                which.put(id, m);
            }
        }
        List<MistakePattern> out = new ArrayList<>();
        nodes.forEach((id, n) -> out.add(new MistakePattern(which.get(id), id.substring(id.indexOf('\u0000') + 1),
                n)));
        return List.copyOf(out);
    }
}
