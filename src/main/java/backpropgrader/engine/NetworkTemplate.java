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
 * instance. A family's draws may come in more than one shape (multi-label targets that happen to sum to one are
 * a distribution, and the loss's derivative is written for one): the first instance of each further shape is
 * built in full and kept as that shape's template, up to {@link #MOST_SHAPES}; beyond them, every instance of a
 * new shape is built in full. Threads may share it.
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

    /** The most shapes kept with their graphs: a family's draws come in one or two. */
    static final int MOST_SHAPES = 8;

    /** The shapes met so far and their graphs, side by side; replaced whole (see {@link #graph}). */
    private volatile Known known;

    private record Known(Shape[] shapes, QuantityGraph[] graphs) {
        QuantityGraph graphOf(Shape shape) {
            for (int i = 0; i < shapes.length; i++) {
                if (shapes[i].equals(shape)) {
                    return graphs[i];
                }
            }
            return null;
        }

        Known with(Shape shape, QuantityGraph graph) {
            Shape[] s = Arrays.copyOf(shapes, shapes.length + 1);
            QuantityGraph[] g = Arrays.copyOf(graphs, graphs.length + 1);
            s[shapes.length] = shape;
            g[graphs.length] = graph;
            return new Known(s, g);
        }
    }

    public NetworkTemplate(FixedInstance instance) {
        known = new Known(new Shape[] {Shape.of(instance)}, new QuantityGraph[] {NetworkGraph.build(instance)});
    }

    /**
     * The graph of {@code in}: its shape's template with {@code in}'s given values, or built in full. Without a
     * lock (the core has no threads): two threads that meet a new shape at once may each keep theirs, and one of
     * them is then forgotten, so a later instance of that shape is built in full once more; never a wrong graph.
     */
    public QuantityGraph graph(FixedInstance in) {
        Shape shape = Shape.of(in);
        Known k = known;
        QuantityGraph graph = k.graphOf(shape);
        if (graph == null) {
            QuantityGraph built = NetworkGraph.build(in);
            if (k.shapes.length < MOST_SHAPES) {
                known = k.with(shape, built);
            }
            return built;
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
