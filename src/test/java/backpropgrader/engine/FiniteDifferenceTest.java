package backpropgrader.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine's gradients against central finite differences of an independently written cost
 * ({@link PlainForwardPass}) on 300 seeded random networks: in every iteration, every batch dJ/dw and dJ/db and
 * every per-sample dJ(t)/dw and dJ(t)/db is the derivative of that iteration's J (or J(t)) with respect to the
 * weights that iteration uses. The forward pass of every iteration (J, J(t)) and the weights it uses (the
 * previous iteration's w − λ·dJ/dw, with the finite-difference gradient) are checked on the way.
 */
class FiniteDifferenceTest {

    private static final long SEED = 20_241_109L;
    private static final int NETWORKS = 300;
    /** Step of the five-point central difference f' ≈ [8(f(+h) − f(−h)) − (f(+2h) − f(−2h))]/(12h), error O(h⁴). */
    private static final double H = 1e-3;
    /** ReLU networks whose |z| comes this close to the kink are redrawn: the stencil must not cross it. */
    private static final double KINK_MARGIN = 0.05;
    /** Agreement: |engine − difference| ≤ TOLERANCE · max(1, |engine|). */
    private static final double TOLERANCE = 1e-7;

    private static List<FixedInstance> networks;
    private static int redrawn;

    /** The accepted networks, network i from split i of the fixed seed, redrawn from that split near a kink. */
    static synchronized List<FixedInstance> networks() {
        if (networks == null) {
            List<FixedInstance> out = new ArrayList<>();
            SplittableRandom root = new SplittableRandom(SEED);
            for (int i = 0; i < NETWORKS; i++) {
                SplittableRandom r = root.split();
                FixedInstance in = RandomNetworks.draw(i, r);
                while (!usable(in)) {
                    redrawn++;
                    in = RandomNetworks.draw(i, r);
                }
                out.add(in);
            }
            networks = List.copyOf(out);
        }
        return networks;
    }

    private static boolean usable(FixedInstance in) {
        Values v = NetworkGraph.build(in).evaluate();
        PlainForwardPass plain = new PlainForwardPass(in);
        for (int k = 1; k <= in.steps() + 1; k++) {
            PlainForwardPass.Costs c = plain.costs(weightsUsed(in, v, k), biasesUsed(in, v, k));
            if (!Double.isFinite(c.batch()) || c.closestReluKink() < KINK_MARGIN) {
                return false;
            }
        }
        return true;
    }

    @Test
    void everyGradientOfEveryIterationAgreesWithCentralDifferencesOfThatIterationsCost() {
        Worst worst = new Worst();
        List<String> failures = new ArrayList<>();
        int gradients = 0;
        for (FixedInstance in : networks()) {
            gradients += check(in, worst, failures);
        }
        System.out.printf("FiniteDifferenceTest: %d networks (%d redrawn near a ReLU kink), %d gradients compared;"
                + " worst |engine − difference|/max(1, |engine|) = %.3e at %s%n", NETWORKS, redrawn, gradients,
                worst.error, worst.where);
        assertTrue(gradients > 20_000, "too few gradients compared: " + gradients);
        assertTrue(failures.isEmpty(), failures.size() + " disagreements, first: "
                + failures.subList(0, Math.min(10, failures.size())));
    }

    @Test
    void randomNetworksCoverEveryActivationLossPairingDepthWidthBiasSampleCountAndStepCount() {
        Set<Activation> hidden = EnumSet.noneOf(Activation.class);
        Set<RandomNetworks.Pairing> pairings = EnumSet.noneOf(RandomNetworks.Pairing.class);
        Set<String> seen = new TreeSet<>();
        for (int i = 0; i < networks().size(); i++) {
            FixedInstance in = networks().get(i);
            hidden.addAll(in.activations().subList(0, in.depth() - 1));
            pairings.add(RandomNetworks.pairing(i));
            seen.add("depth " + in.depth());
            seen.add("bias " + in.bias());
            seen.add("samples " + in.samples());
            seen.add("steps " + in.steps());
            seen.add("reduction " + in.reduction());
            for (int width : in.layers()) {
                seen.add("width " + width);
            }
        }
        assertEquals(EnumSet.of(Activation.IDENTITY, Activation.SIGMOID, Activation.TANH, Activation.RELU), hidden);
        assertEquals(EnumSet.allOf(RandomNetworks.Pairing.class), pairings);
        assertEquals(new TreeSet<>(List.of("bias false", "bias true", "depth 1", "depth 2", "depth 3",
                "reduction MEAN", "reduction SUM", "samples 1", "samples 2", "samples 3", "samples 4",
                "steps 1", "steps 2", "steps 3", "width 1", "width 2", "width 3", "width 4")), seen);
    }

    /** Checks one network; returns how many gradients were compared. */
    private static int check(FixedInstance in, Worst worst, List<String> failures) {
        Values v = NetworkGraph.build(in).evaluate();
        PlainForwardPass plain = new PlainForwardPass(in);
        int samples = in.samples();
        int compared = 0;
        for (int k = 1; k <= in.steps() + 1; k++) {
            double[][][] w = weightsUsed(in, v, k);
            double[][] b = biasesUsed(in, v, k);
            PlainForwardPass.Costs c = plain.costs(w, b);
            agree(in, Keys.cost(0, k), v.get(Keys.cost(0, k)), c.batch(), 1e-12, null, failures);
            for (int t = 1; samples > 1 && t <= samples; t++) {
                agree(in, Keys.cost(t, k), v.get(Keys.cost(t, k)), c.perSample()[t - 1], 1e-12, null, failures);
            }
            if (k > in.steps()) {
                continue;
            }
            for (int l = 1; l <= in.depth(); l++) {
                for (int n = 1; n <= in.layers()[l - 1]; n++) {
                    for (int m = 1; m <= in.layers()[l]; m++) {
                        double[] row = w[l - 1][n - 1];
                        double[] d = difference(plain, w, b, row, m - 1);
                        for (int t = 0; t <= (samples > 1 ? samples : 0); t++) {
                            agree(in, Keys.dw(l, n, m, t, k), v.get(Keys.dw(l, n, m, t, k)), d[t], TOLERANCE,
                                    worst, failures);
                            compared++;
                        }
                        agree(in, Keys.wNew(l, n, m, k), v.get(Keys.wNew(l, n, m, k)),
                                row[m - 1] - in.learningRate() * d[0], TOLERANCE, null, failures);
                    }
                }
                for (int m = 1; in.bias() && m <= in.layers()[l]; m++) {
                    double[] d = difference(plain, w, b, b[l - 1], m - 1);
                    for (int t = 0; t <= (samples > 1 ? samples : 0); t++) {
                        agree(in, Keys.db(l, m, t, k), v.get(Keys.db(l, m, t, k)), d[t], TOLERANCE, worst, failures);
                        compared++;
                    }
                }
            }
        }
        return compared;
    }

    /** ∂J/∂p and ∂J(t)/∂p (index t) for the parameter {@code holder[i]}, by the five-point central difference. */
    private static double[] difference(PlainForwardPass plain, double[][][] w, double[][] b, double[] holder, int i) {
        double p = holder[i];
        double[][] f = new double[4][];
        double[] offsets = {H, -H, 2 * H, -2 * H};
        for (int s = 0; s < 4; s++) {
            holder[i] = p + offsets[s];
            PlainForwardPass.Costs c = plain.costs(w, b);
            f[s] = new double[c.perSample().length + 1];
            f[s][0] = c.batch();
            System.arraycopy(c.perSample(), 0, f[s], 1, c.perSample().length);
        }
        holder[i] = p;
        double[] d = new double[f[0].length];
        for (int t = 0; t < d.length; t++) {
            d[t] = (8 * (f[0][t] - f[1][t]) - (f[2][t] - f[3][t])) / (12 * H);
        }
        return d;
    }

    private static void agree(FixedInstance in, String key, double engine, double independent, double tolerance,
                              Worst worst, List<String> failures) {
        double error = Math.abs(engine - independent) / Math.max(1, Math.abs(engine));
        if (!(error <= tolerance)) {
            failures.add(in.id() + " " + key + ": engine " + engine + ", independent " + independent);
        }
        if (worst != null && error > worst.error) {
            worst.error = error;
            worst.where = in.id() + " " + key + " (engine " + engine + ", difference " + independent + ")";
        }
    }

    /** The weights iteration k's forward pass uses, read from the engine (the initial ones when k = 1). */
    static double[][][] weightsUsed(FixedInstance in, Values v, int k) {
        double[][][] w = new double[in.depth()][][];
        for (int l = 1; l <= in.depth(); l++) {
            w[l - 1] = new double[in.layers()[l - 1]][in.layers()[l]];
            for (int n = 1; n <= in.layers()[l - 1]; n++) {
                for (int m = 1; m <= in.layers()[l]; m++) {
                    w[l - 1][n - 1][m - 1] = v.get(Keys.wUsedIn(l, n, m, k));
                }
            }
        }
        return w;
    }

    static double[][] biasesUsed(FixedInstance in, Values v, int k) {
        if (!in.bias()) {
            return null;
        }
        double[][] b = new double[in.depth()][];
        for (int l = 1; l <= in.depth(); l++) {
            b[l - 1] = new double[in.layers()[l]];
            for (int m = 1; m <= in.layers()[l]; m++) {
                b[l - 1][m - 1] = v.get(Keys.bUsedIn(l, m, k));
            }
        }
        return b;
    }

    private static final class Worst {
        double error;
        String where = "nowhere";
    }
}
