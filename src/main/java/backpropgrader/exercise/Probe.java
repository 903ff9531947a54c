package backpropgrader.exercise;

import backpropgrader.engine.ChainRuleGraph;
import backpropgrader.engine.NetworkGraph;
import backpropgrader.engine.Quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The keys a family's variants have. They depend on the structure alone, so they are read once from a probe
 * variant (every value the first of its grid) to check the asked patterns and the constraints' keys.
 */
final class Probe {

    private Probe() {
    }

    /** The computed quantities of the network, in the lecture's order (givens cannot be asked). */
    static List<String> networkKeys(String id, FamilyStructure.Network s, Map<String, Grid> grids) {
        return NetworkGraph.build(NetworkDraw.probe(id, s, grids)).quantities().stream()
                .filter(q -> !q.isGiven()).map(Quantity::key).toList();
    }

    /** Per function: the derivative as an expression (df_1/dx), then its value at x0 (df_1/dx|x0). */
    static List<String> chainRuleKeys(FamilyStructure.ChainRule s) {
        List<String> out = new ArrayList<>();
        for (String f : s.functions().keySet()) {
            out.add(ChainRuleGraph.derivativeKey(f));
            out.add(ChainRuleGraph.valueKey(f));
        }
        return out;
    }
}
