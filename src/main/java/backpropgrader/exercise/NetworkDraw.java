package backpropgrader.exercise;

import backpropgrader.engine.FixedInstance;
import backpropgrader.engine.Keys;
import org.apache.commons.math3.random.RandomGenerator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draws one network instance of a family from its grids. The order of draws is part of the contract that keeps
 * every student's variant stable (the golden test pins it): λ; the weights layer by layer in the lecture's order
 * (w[l]_1,1, w[l]_2,1, …, w[l]_1,2, …); the biases; then per sample the inputs and the targets.
 */
final class NetworkDraw {

    private NetworkDraw() {
    }

    static FixedInstance draw(Family family, FamilyStructure.Network s, RandomGenerator rng) {
        Map<String, Grid> grids = family.grids();
        double rate = s.learningRate().draw(rng);
        int depth = s.depth();
        int[] layers = s.layers();
        double[][][] w = new double[depth][][];
        double[][] b = s.bias() ? new double[depth][] : null;
        for (int l = 1; l <= depth; l++) {
            w[l - 1] = new double[layers[l - 1]][layers[l]];
            for (int m = 1; m <= layers[l]; m++) {
                for (int n = 1; n <= layers[l - 1]; n++) {
                    w[l - 1][n - 1][m - 1] = grid(Keys.w(l, n, m), grids).draw(rng);
                }
            }
        }
        if (s.bias()) {
            for (int l = 1; l <= depth; l++) {
                b[l - 1] = new double[layers[l]];
                for (int m = 1; m <= layers[l]; m++) {
                    b[l - 1][m - 1] = grid(Keys.b(l, m), grids).draw(rng);
                }
            }
        }
        int outputs = layers[depth];
        double[][] x = new double[s.samples()][layers[0]];
        double[][] y = new double[s.samples()][outputs];
        for (int t = 0; t < s.samples(); t++) {
            for (int n = 1; n <= layers[0]; n++) {
                x[t][n - 1] = grid(Keys.x(n, 0), grids).draw(rng);
            }
            Grid targets = grids.get("targets");
            if (targets != null && targets.oneHot()) {
                y[t][rng.nextInt(outputs)] = 1;
            } else {
                for (int k = 1; k <= outputs; k++) {
                    y[t][k - 1] = grid(Keys.y(k, 0), grids).draw(rng);
                }
            }
        }
        return new FixedInstance(family.id(), family.title(), layers.clone(), s.activations(), s.bias(), s.loss(),
                s.reduction(), rate, s.steps(), w, b, x, y);
    }

    /** The instance a family's keys are read from: every value the first of its grid. */
    static FixedInstance probe(String id, FamilyStructure.Network s, Map<String, Grid> grids) {
        RandomGenerator first = new org.apache.commons.math3.random.AbstractRandomGenerator() {
            public void setSeed(long seed) {
            }

            public double nextDouble() {
                return 0;
            }
        };
        Family f = new Family(id, "probe", id, "", s, grids, null, List.of(), MarkingOverride.NONE, "");
        return draw(f, s, first);
    }

    /** The grid-lookup keys of every drawn value: w[l]_n,m, b[l]_m, x_n, y_k. */
    static List<String> givenKeys(FamilyStructure.Network s) {
        List<String> out = new ArrayList<>();
        int[] layers = s.layers();
        for (int l = 1; l <= s.depth(); l++) {
            for (int m = 1; m <= layers[l]; m++) {
                for (int n = 1; n <= layers[l - 1]; n++) {
                    out.add(Keys.w(l, n, m));
                }
            }
        }
        for (int l = 1; s.bias() && l <= s.depth(); l++) {
            for (int m = 1; m <= layers[l]; m++) {
                out.add(Keys.b(l, m));
            }
        }
        for (int n = 1; n <= layers[0]; n++) {
            out.add(Keys.x(n, 0));
        }
        for (int k = 1; k <= layers[s.depth()]; k++) {
            out.add(Keys.y(k, 0));
        }
        return out;
    }

    /** The grid names that may hold a value's grid, most specific first: w[1]_2,1, w[1], weights. */
    static List<String> gridNames(String key) {
        if (key.startsWith("w[") || key.startsWith("b[")) {
            String layer = key.substring(0, key.indexOf(']') + 1);
            return List.of(key, layer, key.startsWith("w") ? "weights" : "biases");
        }
        return List.of(key, key.startsWith("x_") ? "inputs" : "targets");
    }

    static String gridName(String key, Map<String, Grid> grids) {
        return gridNames(key).stream().filter(grids::containsKey).findFirst().orElse(null);
    }

    private static Grid grid(String key, Map<String, Grid> grids) {
        return grids.get(gridName(key, grids));
    }
}
