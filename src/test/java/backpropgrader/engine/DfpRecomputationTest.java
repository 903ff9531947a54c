package backpropgrader.engine;

import backpropgrader.exercise.FixedInstanceReader;

import org.apache.commons.math3.dfp.Dfp;
import org.apache.commons.math3.dfp.DfpField;
import org.apache.commons.math3.dfp.DfpMath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every quantity of the lecture's networks (Example 1, Quiz 1.2, Example 2, Quiz 1.3) recomputed at 40 decimal
 * digits with Commons Math {@link Dfp}, straight from the lecture's formulas for a network with one hidden
 * layer, an identity output and the squared-error cost averaged over the samples — no quantity graph, no
 * {@link Expr}, and the keys spelled here from docs/KEYS.md — and compared with the engine's doubles.
 */
class DfpRecomputationTest {

    private static final DfpField FIELD = new DfpField(40);
    private static final double RELATIVE = 1e-12;
    /** Near zero (a ReLU switched off gives exact zeros) only an absolute difference means anything. */
    private static final double ABSOLUTE = 1e-15;

    @Test
    void dfpCarriesMoreThanThirtyDigits() {
        Dfp e = DfpMath.exp(FIELD.getOne());
        // 35 significant digits of e: far beyond a double's 17
        assertEquals("2.7182818284590452353602874713526624", e.toString().substring(0, 36));
    }

    @ParameterizedTest
    @ValueSource(strings = {"example-1", "quiz-1.2", "example-2", "quiz-1.3"})
    void everyQuantityOfTheLectureNetworkAgreesWithAFortyDigitRecomputation(String name) {
        FixedInstance in = FixedInstanceReader.read(Path.of("exercises/lecture", name + ".json"));
        Map<String, Dfp> exact = new Recomputation(in).all();
        Map<String, Double> engine = NetworkGraph.build(in).evaluate().asMap();

        assertEquals(exact.keySet(), engine.keySet(), "the same quantities, by key");
        double worst = 0;
        String worstKey = "";
        for (Map.Entry<String, Dfp> e : exact.entrySet()) {
            double reference = e.getValue().toDouble();
            double got = engine.get(e.getKey());
            double diff = Math.abs(e.getValue().subtract(FIELD.newDfp(got)).toDouble());
            assertTrue(diff <= RELATIVE * Math.abs(reference) + ABSOLUTE,
                    name + " " + e.getKey() + ": engine " + got + ", 40 digits " + e.getValue());
            double relative = reference == 0 ? diff : diff / Math.abs(reference);
            if (relative > worst) {
                worst = relative;
                worstKey = e.getKey();
            }
        }
        System.out.printf("DfpRecomputationTest: %s, %d quantities, worst relative difference %.2e (%s)%n",
                name, exact.size(), worst, worstKey);
    }

    /** The lecture's formulas for a network [n, m, K] with identity output, at 40 digits. */
    private static final class Recomputation {
        private final FixedInstance in;
        private final int inputs, hidden, outputs, samples;
        private final Map<String, Dfp> out = new LinkedHashMap<>();

        Recomputation(FixedInstance in) {
            this.in = in;
            assertEquals(3, in.layers().length, "the lecture's networks have one hidden layer");
            assertEquals(Activation.IDENTITY, in.activations().get(1));
            assertEquals(Loss.SQUARED_ERROR, in.loss());
            this.inputs = in.layers()[0];
            this.hidden = in.layers()[1];
            this.outputs = in.layers()[2];
            this.samples = in.samples();
        }

        Map<String, Dfp> all() {
            Dfp[][] w1 = new Dfp[inputs][hidden];
            Dfp[][] w2 = new Dfp[hidden][outputs];
            for (int m = 0; m < hidden; m++) {
                for (int n = 0; n < inputs; n++) {
                    w1[n][m] = put("w[1]_" + (n + 1) + "," + (m + 1), d(in.weights()[0][n][m]));
                }
            }
            for (int k = 0; k < outputs; k++) {
                for (int m = 0; m < hidden; m++) {
                    w2[m][k] = put("w[2]_" + (m + 1) + "," + (k + 1), d(in.weights()[1][m][k]));
                }
            }
            Dfp[][] x = new Dfp[samples][inputs];
            Dfp[][] y = new Dfp[samples][outputs];
            for (int t = 0; t < samples; t++) {
                for (int n = 0; n < inputs; n++) {
                    x[t][n] = put("x_" + (n + 1) + tag(t), d(in.x()[t][n]));
                }
                for (int k = 0; k < outputs; k++) {
                    y[t][k] = put("y_" + (k + 1) + tag(t), d(in.y()[t][k]));
                }
            }
            Dfp lambda = put("lambda", d(in.learningRate()));
            for (int it = 1; it <= in.steps() + 1; it++) {
                String at = it == 1 ? "" : "@" + it;
                Dfp[][] h = new Dfp[samples][];
                Dfp[][] z1 = new Dfp[samples][];
                Dfp[][] yhat = new Dfp[samples][];
                for (int t = 0; t < samples; t++) {
                    z1[t] = new Dfp[hidden];
                    h[t] = new Dfp[hidden];
                    yhat[t] = new Dfp[outputs];
                    for (int m = 0; m < hidden; m++) { // z[1]_m = Σ_n w[1]_n,m x_n, h_m = f(z[1]_m)
                        Dfp z = FIELD.getZero();
                        for (int n = 0; n < inputs; n++) {
                            z = z.add(w1[n][m].multiply(x[t][n]));
                        }
                        z1[t][m] = put("z[1]_" + (m + 1) + tag(t) + at, z);
                    }
                    for (int m = 0; m < hidden; m++) {
                        h[t][m] = put("h[1]_" + (m + 1) + tag(t) + at, f(z1[t][m]));
                    }
                    for (int k = 0; k < outputs; k++) { // ŷ_k = z[2]_k = Σ_m w[2]_m,k h_m
                        Dfp z = FIELD.getZero();
                        for (int m = 0; m < hidden; m++) {
                            z = z.add(w2[m][k].multiply(h[t][m]));
                        }
                        put("z[2]_" + (k + 1) + tag(t) + at, z);
                        yhat[t][k] = put("yhat_" + (k + 1) + tag(t) + at, z);
                    }
                }
                Dfp cost = FIELD.getZero(); // J = 1/T Σ_t J(t), J(t) = ½ Σ_k (ŷ_k − y_k)²
                for (int t = 0; t < samples; t++) {
                    Dfp jt = FIELD.getZero();
                    for (int k = 0; k < outputs; k++) {
                        Dfp e = yhat[t][k].subtract(y[t][k]);
                        jt = jt.add(e.multiply(e).divide(2));
                    }
                    cost = cost.add(samples > 1 ? put("J" + tag(t) + at, jt) : jt);
                }
                put("J" + at, cost.divide(samples));
                if (it > in.steps()) {
                    break;
                }
                Dfp[][] g2 = new Dfp[hidden][outputs];
                Dfp[][] g1 = new Dfp[inputs][hidden];
                for (Dfp[] row : g2) {
                    java.util.Arrays.fill(row, FIELD.getZero());
                }
                for (Dfp[] row : g1) {
                    java.util.Arrays.fill(row, FIELD.getZero());
                }
                for (int t = 0; t < samples; t++) { // output layer: ∂J(t)/∂w[2]_m,k = (ŷ_k − y_k) h_m
                    String dJ = "dJ" + tag(t);
                    for (int k = 0; k < outputs; k++) {
                        Dfp delta = put(dJ + "/dz[2]_" + (k + 1) + at, yhat[t][k].subtract(y[t][k]));
                        for (int m = 0; m < hidden; m++) {
                            g2[m][k] = g2[m][k].add(put(dJ + "/dw[2]_" + (m + 1) + "," + (k + 1) + at,
                                    delta.multiply(h[t][m])));
                        }
                    }
                }
                batch(g2, "2", at);
                for (int t = 0; t < samples; t++) { // ∂J(t)/∂w[1]_n,m = Σ_k (ŷ_k − y_k) w[2]_m,k f'(z_m) x_n
                    String dJ = "dJ" + tag(t);
                    for (int m = 0; m < hidden; m++) {
                        Dfp back = FIELD.getZero();
                        for (int k = 0; k < outputs; k++) {
                            back = back.add(yhat[t][k].subtract(y[t][k]).multiply(w2[m][k]));
                        }
                        Dfp delta = put(dJ + "/dz[1]_" + (m + 1) + at, back.multiply(fPrime(z1[t][m], h[t][m])));
                        for (int n = 0; n < inputs; n++) {
                            g1[n][m] = g1[n][m].add(put(dJ + "/dw[1]_" + (n + 1) + "," + (m + 1) + at,
                                    delta.multiply(x[t][n])));
                        }
                    }
                }
                batch(g1, "1", at);
                String next = ",new" + at;
                for (int k = 0; k < outputs; k++) { // w_new = w_old − λ ∂J/∂w, the output layer first
                    for (int m = 0; m < hidden; m++) {
                        w2[m][k] = put("w[2]_" + (m + 1) + "," + (k + 1) + next,
                                w2[m][k].subtract(lambda.multiply(g2[m][k].divide(samples))));
                    }
                }
                for (int m = 0; m < hidden; m++) {
                    for (int n = 0; n < inputs; n++) {
                        w1[n][m] = put("w[1]_" + (n + 1) + "," + (m + 1) + next,
                                w1[n][m].subtract(lambda.multiply(g1[n][m].divide(samples))));
                    }
                }
            }
            return out;
        }

        /** With several samples the batch gradient is the mean of the per-sample ones (the lecture's 1/3 Σ_t). */
        private void batch(Dfp[][] sums, String layer, String at) {
            if (samples == 1) {
                return;
            }
            for (int n = 0; n < sums.length; n++) {
                for (int m = 0; m < sums[n].length; m++) {
                    put("dJ/dw[" + layer + "]_" + (n + 1) + "," + (m + 1) + at, sums[n][m].divide(samples));
                }
            }
        }

        /** The lecture's activations: 1/(1 + exp(−z)), (exp(z) − exp(−z))/(exp(z) + exp(−z)), max(0, z). */
        private Dfp f(Dfp z) {
            return switch (in.activations().get(0)) {
                case SIGMOID -> FIELD.getOne().divide(FIELD.getOne().add(DfpMath.exp(z.negate())));
                case TANH -> {
                    Dfp ez = DfpMath.exp(z);
                    Dfp emz = DfpMath.exp(z.negate());
                    yield ez.subtract(emz).divide(ez.add(emz));
                }
                case RELU -> z.greaterThan(FIELD.getZero()) ? z : FIELD.getZero();
                case IDENTITY -> z;
                case SOFTMAX -> throw new AssertionError("softmax is not a hidden activation");
            };
        }

        /** f'(z): h(1 − h), 1 − h², and 1 for z > 0 else 0. */
        private Dfp fPrime(Dfp z, Dfp h) {
            return switch (in.activations().get(0)) {
                case SIGMOID -> h.multiply(FIELD.getOne().subtract(h));
                case TANH -> FIELD.getOne().subtract(h.multiply(h));
                case RELU -> z.greaterThan(FIELD.getZero()) ? FIELD.getOne() : FIELD.getZero();
                case IDENTITY -> FIELD.getOne();
                case SOFTMAX -> throw new AssertionError("softmax is not a hidden activation");
            };
        }

        private String tag(int t) {
            return samples == 1 ? "" : "(" + (t + 1) + ")";
        }

        private Dfp put(String key, Dfp v) {
            if (out.put(key, v) != null) {
                throw new AssertionError("computed twice: " + key);
            }
            return v;
        }

        private static Dfp d(double v) {
            return FIELD.newDfp(v);
        }
    }
}
