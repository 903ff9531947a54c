package backpropgrader.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A network's quantity graph made once and given each new instance's numbers: the formulas, their alternatives and
 * the order depend on the network alone (layers, activations, bias, loss and its reduction, samples, steps, and
 * whether the targets are distributions), never on the drawn values, which enter as given quantities only. So a
 * family's variants, and every redraw before one passes its checks, need not build the same graph node by node
 * again: {@link #graph} gives exactly the graph {@link NetworkGraph#build} would, sharing the formulas.
 *
 * <p>Order of use: make one from any instance of the network (a family's probe), then {@link #graph} per drawn
 * instance; an instance of another shape is built in full. Immutable, so threads may share it.
 */
public final class NetworkTemplate {

    /** Everything about an instance the graph's formulas depend on. */
    private record Shape(String id, List<Integer> layers, List<Activation> activations, boolean bias, Loss loss,
                         Loss.Reduction reduction, int samples, int steps, boolean distributions) {
        static Shape of(FixedInstance in) {
            return new Shape(in.id(), Arrays.stream(in.layers()).boxed().toList(), in.activations(), in.bias(),
                    in.loss(), in.reduction(), in.samples(), in.steps(), NetworkGraph.targetsAreDistributions(in));
        }
    }

    private final Shape shape;
    private final QuantityGraph graph;

    public NetworkTemplate(FixedInstance instance) {
        this.shape = Shape.of(instance);
        this.graph = NetworkGraph.build(instance);
    }

    /** The graph of {@code in}: the template's with {@code in}'s given values, or built in full for another shape. */
    public QuantityGraph graph(FixedInstance in) {
        if (!Shape.of(in).equals(shape)) {
            return NetworkGraph.build(in);
        }
        List<Quantity> givens = NetworkGraph.givens(in);
        List<Quantity> all = graph.quantities();
        List<Quantity> out = new ArrayList<>(all.size());
        for (int i = 0; i < givens.size(); i++) {
            Quantity g = givens.get(i);
            if (!all.get(i).isGiven() || !all.get(i).key().equals(g.key())) { // build puts the givens first
                throw new IllegalStateException("the template of " + shape.id() + " does not start with " + g.key());
            }
            out.add(g);
        }
        for (int i = givens.size(); i < all.size(); i++) {
            if (all.get(i).isGiven()) {
                throw new IllegalStateException("the template of " + shape.id() + " has a given value after its"
                        + " givens: " + all.get(i).key());
            }
            out.add(all.get(i));
        }
        return new QuantityGraph(graph, out);
    }
}
