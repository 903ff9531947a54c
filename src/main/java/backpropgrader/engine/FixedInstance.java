package backpropgrader.engine;

import java.util.List;

/**
 * One fully specified exercise (docs/FORMATS.md): a network, its weights, the training samples and the training
 * schedule. Arrays are indexed from 0 here and from 1 in keys: {@code weights[l-1][n-1][m-1]} is w[l]_n,m.
 * Instances are validated by {@link FixedInstanceReader}; the constructor only keeps them immutable in spirit.
 */
public record FixedInstance(
        String id,
        String title,
        int[] layers,
        List<Activation> activations,
        boolean bias,
        Loss loss,
        Loss.Reduction reduction,
        double learningRate,
        int steps,
        double[][][] weights,
        double[][] biases,
        double[][] x,
        double[][] y) {

    public int depth() {
        return layers.length - 1;
    }

    public int samples() {
        return x.length;
    }

    public int outputs() {
        return layers[layers.length - 1];
    }

    /** A copy with other weights (finite differences, variants). */
    public FixedInstance withWeights(double[][][] w, double[][] b) {
        return new FixedInstance(id, title, layers, activations, bias, loss, reduction, learningRate, steps, w, b, x, y);
    }
}
