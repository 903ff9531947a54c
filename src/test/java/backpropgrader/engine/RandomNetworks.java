package backpropgrader.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random multilayer perceptrons for the engine's independent checks: depths 1–3, widths 1–4, every
 * activation, every loss with its canonical output and some non-canonical pairings, bias on and off, 1–4
 * samples, 1–3 steps. Each network comes from its own split of one fixed seed, so a failure names a network
 * that can be drawn again alone.
 */
final class RandomNetworks {

    /** An output activation with a loss, and how targets are drawn for it. */
    enum Pairing {
        SE_IDENTITY(Loss.SQUARED_ERROR, Activation.IDENTITY, Targets.REAL),
        SE_SIGMOID(Loss.SQUARED_ERROR, Activation.SIGMOID, Targets.UNIT),
        SE_TANH(Loss.SQUARED_ERROR, Activation.TANH, Targets.REAL),
        SE_RELU(Loss.SQUARED_ERROR, Activation.RELU, Targets.REAL),
        SE_SOFTMAX(Loss.SQUARED_ERROR, Activation.SOFTMAX, Targets.ONE_HOT),
        BCE_SIGMOID(Loss.BINARY_CROSS_ENTROPY, Activation.SIGMOID, Targets.UNIT),
        BCE_SOFTMAX(Loss.BINARY_CROSS_ENTROPY, Activation.SOFTMAX, Targets.UNIT),
        CE_SOFTMAX(Loss.CROSS_ENTROPY, Activation.SOFTMAX, Targets.ONE_HOT),
        CE_SOFTMAX_SOFT_TARGETS(Loss.CROSS_ENTROPY, Activation.SOFTMAX, Targets.UNIT),
        CE_SIGMOID(Loss.CROSS_ENTROPY, Activation.SIGMOID, Targets.UNIT);

        final Loss loss;
        final Activation output;
        final Targets targets;

        Pairing(Loss loss, Activation output, Targets targets) {
            this.loss = loss;
            this.output = output;
            this.targets = targets;
        }
    }

    enum Targets { REAL, UNIT, ONE_HOT }

    private static final Activation[] HIDDEN = {
            Activation.IDENTITY, Activation.SIGMOID, Activation.TANH, Activation.RELU};

    private RandomNetworks() {
    }

    /** Network number {@code i} of the pairing {@code i mod 10}, from {@code r} (a split of the fixed seed). */
    static FixedInstance draw(int i, SplittableRandom r) {
        Pairing p = Pairing.values()[i % Pairing.values().length];
        int depth = 1 + r.nextInt(3);
        int[] layers = new int[depth + 1];
        for (int l = 0; l <= depth; l++) {
            layers[l] = 1 + r.nextInt(4);
        }
        if (p.output == Activation.SOFTMAX && layers[depth] == 1) {
            layers[depth] = 2 + r.nextInt(3); // a one-output softmax is the constant 1
        }
        List<Activation> activations = new ArrayList<>();
        for (int l = 1; l < depth; l++) {
            activations.add(HIDDEN[r.nextInt(HIDDEN.length)]);
        }
        activations.add(p.output);
        boolean bias = r.nextBoolean();
        Loss.Reduction reduction = switch (r.nextInt(3)) {
            case 0 -> Loss.Reduction.MEAN;
            case 1 -> Loss.Reduction.SUM;
            default -> p.loss.lectureReduction();
        };
        int samples = 1 + r.nextInt(4);
        int steps = 1 + r.nextInt(3);
        double[][][] w = new double[depth][][];
        double[][] b = bias ? new double[depth][] : null;
        for (int l = 1; l <= depth; l++) {
            w[l - 1] = matrix(r, layers[l - 1], layers[l], 1.5);
            if (bias) {
                b[l - 1] = matrix(r, 1, layers[l], 1.0)[0];
            }
        }
        double[][] x = matrix(r, samples, layers[0], 2.0);
        double[][] y = new double[samples][];
        for (int t = 0; t < samples; t++) {
            y[t] = targets(r, p.targets, layers[depth]);
        }
        double rate = 0.05 + 0.45 * r.nextDouble();
        return new FixedInstance("random-" + i + "-" + p.name().toLowerCase(), "random network " + i, layers,
                List.copyOf(activations), bias, p.loss, reduction, rate, steps, w, b, x, y);
    }

    static Pairing pairing(int i) {
        return Pairing.values()[i % Pairing.values().length];
    }

    private static double[] targets(SplittableRandom r, Targets kind, int k) {
        double[] y = new double[k];
        switch (kind) {
            case REAL -> {
                for (int j = 0; j < k; j++) {
                    y[j] = -2 + 4 * r.nextDouble();
                }
            }
            case UNIT -> {
                for (int j = 0; j < k; j++) {
                    int c = r.nextInt(5); // exact 0 and 1 occur as often as a multi-label task has them
                    y[j] = c == 0 ? 0 : c == 1 ? 1 : r.nextDouble();
                }
            }
            case ONE_HOT -> y[r.nextInt(k)] = 1;
        }
        return y;
    }

    private static double[][] matrix(SplittableRandom r, int rows, int cols, double range) {
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m[i][j] = -range + 2 * range * r.nextDouble();
            }
        }
        return m;
    }
}
