package backpropgrader.engine;

import java.util.List;

/**
 * The cost of a network written directly from docs/FORMATS.md with plain doubles and loops — no quantity graph,
 * no {@link Expr} — so that finite differences of it are an independent check of the engine's gradients.
 */
final class PlainForwardPass {

    /** J, the per-sample costs J(t) (index t − 1), and the smallest |z| of any ReLU node (a kink nearby). */
    record Costs(double batch, double[] perSample, double closestReluKink) {
    }

    private final FixedInstance in;

    PlainForwardPass(FixedInstance in) {
        this.in = in;
    }

    Costs costs(double[][][] w, double[][] b) {
        int samples = in.x().length;
        double[] perSample = new double[samples];
        double kink = Double.POSITIVE_INFINITY;
        double total = 0;
        for (int t = 0; t < samples; t++) {
            double[] a = in.x()[t];
            List<Activation> acts = in.activations();
            for (int l = 1; l < in.layers().length; l++) {
                double[] z = new double[in.layers()[l]];
                for (int m = 0; m < z.length; m++) {
                    double s = in.bias() ? b[l - 1][m] : 0;
                    for (int n = 0; n < a.length; n++) {
                        s += w[l - 1][n][m] * a[n];
                    }
                    z[m] = s;
                    if (acts.get(l - 1) == Activation.RELU) {
                        kink = Math.min(kink, Math.abs(s));
                    }
                }
                a = activate(acts.get(l - 1), z);
            }
            perSample[t] = sampleCost(a, in.y()[t]);
            total += perSample[t];
        }
        double batch = in.reduction() == Loss.Reduction.MEAN ? total / samples : total;
        return new Costs(batch, perSample, kink);
    }

    private static double[] activate(Activation f, double[] z) {
        double[] h = new double[z.length];
        if (f == Activation.SOFTMAX) {
            double max = Double.NEGATIVE_INFINITY;
            for (double v : z) {
                max = Math.max(max, v);
            }
            double s = 0;
            for (int i = 0; i < z.length; i++) {
                h[i] = Math.exp(z[i] - max);
                s += h[i];
            }
            for (int i = 0; i < z.length; i++) {
                h[i] /= s;
            }
            return h;
        }
        for (int i = 0; i < z.length; i++) {
            h[i] = switch (f) {
                case IDENTITY -> z[i];
                case SIGMOID -> 1 / (1 + Math.exp(-z[i]));
                case TANH -> Math.tanh(z[i]);
                case RELU -> Math.max(0, z[i]);
                case SOFTMAX -> throw new AssertionError();
            };
        }
        return h;
    }

    private double sampleCost(double[] yhat, double[] y) {
        double j = 0;
        for (int k = 0; k < y.length; k++) {
            j += switch (in.loss()) {
                case SQUARED_ERROR -> 0.5 * (yhat[k] - y[k]) * (yhat[k] - y[k]);
                case BINARY_CROSS_ENTROPY -> -(y[k] * Math.log(yhat[k]) + (1 - y[k]) * Math.log(1 - yhat[k]));
                case CROSS_ENTROPY -> -y[k] * Math.log(yhat[k]);
            };
        }
        return j;
    }
}
