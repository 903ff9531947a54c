package backpropgrader.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** The value of every quantity of one graph, in the graph's order. */
public final class Values {

    private final QuantityGraph graph;
    private final double[] v;

    Values(QuantityGraph graph, double[] v) {
        this.graph = graph;
        this.v = v;
    }

    public double get(String key) {
        return v[graph.indexOf(key)];
    }

    /** The value of the graph's {@code i}-th quantity. */
    double at(int i) {
        return v[i];
    }

    public QuantityGraph graph() {
        return graph;
    }

    /** Key → value in the lecture's order. */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) {
            m.put(graph.quantities().get(i).key(), v[i]);
        }
        return m;
    }
}
