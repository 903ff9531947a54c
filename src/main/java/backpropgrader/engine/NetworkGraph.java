package backpropgrader.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static backpropgrader.engine.Expr.divide;
import static backpropgrader.engine.Expr.minus;
import static backpropgrader.engine.Expr.negate;
import static backpropgrader.engine.Expr.num;
import static backpropgrader.engine.Expr.pow;
import static backpropgrader.engine.Expr.product;
import static backpropgrader.engine.Expr.ref;
import static backpropgrader.engine.Expr.sum;

/**
 * Builds the quantity graph of a multilayer perceptron trained by full-batch gradient descent, node by node in
 * the lecture's order: for each iteration the forward pass, the cost, the output-layer and hidden-layer
 * gradients, the updates; and the forward pass after the last update. The backward pass is written out as
 * explicit error terms (∂J/∂z) so that every formula is the lecture's.
 */
public final class NetworkGraph {

    private static final Expr HALF = new Expr.Num(0.5, "½");

    private final FixedInstance in;
    private final int depth;
    private final int samples;
    private final List<Quantity> out = new ArrayList<>();
    /** Each hidden activation h built so far → its pre-activation z: the "z for h" mistake's substitution. */
    private final Map<String, String> preActivationOf = new HashMap<>();

    private NetworkGraph(FixedInstance in) {
        this.in = in;
        this.depth = in.depth();
        this.samples = in.samples();
    }

    public static QuantityGraph build(FixedInstance instance) {
        return new NetworkGraph(instance).build();
    }

    /** The given quantities of {@code instance} alone, in the order {@link #build} puts them first. */
    static List<Quantity> givens(FixedInstance instance) {
        NetworkGraph g = new NetworkGraph(instance);
        g.givens();
        return g.out;
    }

    /**
     * Whether every target row sums to 1: the one thing about the drawn numbers, besides the given values
     * themselves, that the formulas depend on (softmax with cross-entropy simplifies only then).
     */
    static boolean targetsAreDistributions(FixedInstance instance) {
        return new NetworkGraph(instance).targetsAreDistributions();
    }

    private QuantityGraph build() {
        givens();
        for (int k = 1; k <= in.steps() + 1; k++) {
            for (int t : sampleTags()) {
                forward(t, k);
            }
            cost(k);
            if (k <= in.steps()) {
                for (int l = depth; l >= 1; l--) {
                    backward(l, k);
                }
                updates(k);
            }
        }
        return new QuantityGraph(in.id(), out, depth == 2);
    }

    /** The sample tags used in keys: 0 alone when there is one sample (no "(t)"), else 1..T. */
    private int[] sampleTags() {
        if (samples == 1) {
            return new int[] {0};
        }
        int[] t = new int[samples];
        for (int i = 0; i < samples; i++) {
            t[i] = i + 1;
        }
        return t;
    }

    private static int row(int t) {
        return Math.max(t, 1) - 1;
    }

    private int width(int l) {
        return in.layers()[l];
    }

    private Activation activation(int l) {
        return in.activations().get(l - 1);
    }

    private void givens() {
        for (int l = 1; l <= depth; l++) {
            for (int m = 1; m <= width(l); m++) { // the lecture's order: w_1,1, w_2,1, w_1,2, w_2,2
                for (int n = 1; n <= width(l - 1); n++) {
                    out.add(Quantity.given(Keys.w(l, n, m), Quantity.Role.WEIGHT, in.weights()[l - 1][n - 1][m - 1]));
                }
            }
            if (in.bias()) {
                for (int m = 1; m <= width(l); m++) {
                    out.add(Quantity.given(Keys.b(l, m), Quantity.Role.BIAS, in.biases()[l - 1][m - 1]));
                }
            }
        }
        for (int t : sampleTags()) {
            for (int n = 1; n <= width(0); n++) {
                out.add(Quantity.given(Keys.x(n, t), Quantity.Role.INPUT, in.x()[row(t)][n - 1]));
            }
            for (int m = 1; m <= in.outputs(); m++) {
                out.add(Quantity.given(Keys.y(m, t), Quantity.Role.TARGET, in.y()[row(t)][m - 1]));
            }
        }
        out.add(Quantity.given(Keys.LEARNING_RATE, Quantity.Role.RATE, in.learningRate()));
    }

    /** The key of node n of layer l's output: x, h or ŷ. */
    private String activationKey(int l, int n, int t, int k) {
        return l == 0 ? Keys.x(n, t) : l == depth ? Keys.yhat(n, t, k) : Keys.h(l, n, t, k);
    }

    private Expr preActivation(int l, int m, int t, int k, int weightsOfIteration) {
        List<Expr> terms = new ArrayList<>();
        for (int n = 1; n <= width(l - 1); n++) {
            terms.add(product(ref(Keys.wUsedIn(l, n, m, weightsOfIteration)), ref(activationKey(l - 1, n, t, k))));
        }
        if (in.bias()) {
            terms.add(ref(Keys.bUsedIn(l, m, weightsOfIteration)));
        }
        return sum(terms);
    }

    private void forward(int t, int k) {
        for (int l = 1; l <= depth; l++) {
            for (int m = 1; m <= width(l); m++) {
                Map<Misconception, Expr> alt = new LinkedHashMap<>();
                if (k >= 2) {
                    alt.put(Misconception.STALE_WEIGHTS, preActivation(l, m, t, k, k - 1));
                }
                add(Keys.z(l, m, t, k), Quantity.Role.PRE_ACTIVATION, k, t, preActivation(l, m, t, k, k), alt);
            }
            Quantity.Role role = l == depth ? Quantity.Role.OUTPUT : Quantity.Role.ACTIVATION;
            for (int m = 1; m <= width(l); m++) {
                if (role == Quantity.Role.ACTIVATION) {
                    preActivationOf.put(activationKey(l, m, t, k), Keys.z(l, m, t, k));
                }
                Expr f;
                if (activation(l) == Activation.SOFTMAX) {
                    List<Expr> zs = new ArrayList<>();
                    for (int j = 1; j <= width(l); j++) {
                        zs.add(ref(Keys.z(l, j, t, k)));
                    }
                    f = new Expr.Softmax(m - 1, zs);
                } else {
                    f = activation(l).apply(ref(Keys.z(l, m, t, k)));
                }
                add(activationKey(l, m, t, k), role, k, t, f, Map.of());
            }
        }
    }

    private void cost(int k) {
        int[] tags = sampleTags();
        List<Expr> perSample = new ArrayList<>();
        for (int t : tags) {
            Map<Misconception, Expr> alt = new LinkedHashMap<>();
            Expr j = sampleCost(t, k, alt);
            if (samples == 1) {
                add(Keys.cost(0, k), Quantity.Role.COST, k, 0, j, alt);
                return;
            }
            add(Keys.cost(t, k), Quantity.Role.SAMPLE_COST, k, t, j, alt);
            perSample.add(ref(Keys.cost(t, k)));
        }
        addReduced(Keys.cost(0, k), Quantity.Role.COST, k, perSample);
    }

    /** J(t) as section 2 of the lecture writes it, for the instance's loss. */
    private Expr sampleCost(int t, int k, Map<Misconception, Expr> alt) {
        List<Expr> terms = new ArrayList<>();
        List<Expr> undoubled = new ArrayList<>();
        for (int m = 1; m <= in.outputs(); m++) {
            Expr yhat = ref(Keys.yhat(m, t, k));
            Expr y = ref(Keys.y(m, t));
            switch (in.loss()) {
                case SQUARED_ERROR -> {
                    terms.add(product(HALF, pow(minus(yhat, y), 2)));
                    undoubled.add(pow(minus(yhat, y), 2));
                }
                case BINARY_CROSS_ENTROPY -> terms.add(Expr.sum(List.of(product(y, Expr.call(Fn.LN, yhat)),
                        product(minus(num(1), y), Expr.call(Fn.LN, minus(num(1), yhat))))));
                case CROSS_ENTROPY -> terms.add(product(y, Expr.call(Fn.LN, yhat)));
            }
        }
        if (in.loss() == Loss.SQUARED_ERROR) {
            alt.put(Misconception.MISSING_HALF, sum(undoubled));
            return sum(terms);
        }
        return negate(sum(terms));
    }

    /** J or a batch gradient from its per-sample parts: their mean or their sum, as the reduction says. */
    private void addReduced(String key, Quantity.Role role, int k, List<Expr> parts) {
        Map<Misconception, Expr> alt = new LinkedHashMap<>();
        Expr total = sum(parts);
        if (in.reduction() == Loss.Reduction.MEAN) {
            alt.put(Misconception.NO_BATCH_MEAN, total);
            total = divide(total, num(parts.size()));
        }
        add(key, role, k, 0, total, alt);
    }

    private void backward(int l, int k) {
        int[] tags = sampleTags();
        for (int t : tags) {
            for (int m = 1; m <= width(l); m++) {
                Map<Misconception, Expr> alt = new LinkedHashMap<>();
                Expr delta = l == depth ? outputErrorTerm(m, t, k, alt) : hiddenErrorTerm(l, m, t, k, alt);
                add(Keys.dz(l, m, t, k), Quantity.Role.ERROR_TERM, k, t, delta, alt);
            }
            for (int m = 1; m <= width(l); m++) {
                for (int n = 1; n <= width(l - 1); n++) {
                    add(Keys.dw(l, n, m, t, k), Quantity.Role.GRADIENT, k, t,
                            product(ref(Keys.dz(l, m, t, k)), ref(activationKey(l - 1, n, t, k))), Map.of());
                }
                if (in.bias()) {
                    add(Keys.db(l, m, t, k), Quantity.Role.GRADIENT, k, t, ref(Keys.dz(l, m, t, k)), Map.of());
                }
            }
        }
        if (samples > 1) {
            for (int m = 1; m <= width(l); m++) {
                for (int n = 1; n <= width(l - 1); n++) {
                    List<Expr> parts = new ArrayList<>();
                    for (int t : tags) {
                        parts.add(ref(Keys.dw(l, n, m, t, k)));
                    }
                    addReduced(Keys.dw(l, n, m, 0, k), Quantity.Role.GRADIENT, k, parts);
                }
                if (in.bias()) {
                    List<Expr> parts = new ArrayList<>();
                    for (int t : tags) {
                        parts.add(ref(Keys.db(l, m, t, k)));
                    }
                    addReduced(Keys.db(l, m, 0, k), Quantity.Role.GRADIENT, k, parts);
                }
            }
        }
    }

    /** ∂J(t)/∂ŷ_j for the instance's loss. */
    private Expr costSlope(int j, int t, int k) {
        Expr yhat = ref(Keys.yhat(j, t, k));
        Expr y = ref(Keys.y(j, t));
        return switch (in.loss()) {
            case SQUARED_ERROR -> minus(yhat, y);
            case BINARY_CROSS_ENTROPY -> divide(minus(yhat, y), product(yhat, minus(num(1), yhat)));
            case CROSS_ENTROPY -> negate(divide(y, yhat));
        };
    }

    private Expr outputErrorTerm(int m, int t, int k, Map<Misconception, Expr> alt) {
        Activation f = activation(depth);
        Expr yhat = ref(Keys.yhat(m, t, k));
        String z = Keys.z(depth, m, t, k);
        Expr delta;
        if (isCanonicalPair(f)) {
            delta = minus(yhat, ref(Keys.y(m, t))); // the lecture's ŷ − y: the loss and activation cancel
        } else if (f != Activation.SOFTMAX) {
            delta = product(costSlope(m, t, k), f.derivative(Keys.yhat(m, t, k), z));
            f.wrongDerivative(Keys.yhat(m, t, k), z).ifPresent(d ->
                    alt.put(Misconception.WRONG_ACTIVATION_DERIVATIVE, product(costSlope(m, t, k), d)));
        } else {
            List<Expr> weighted = new ArrayList<>();
            for (int j = 1; j <= in.outputs(); j++) {
                weighted.add(product(costSlope(j, t, k), ref(Keys.yhat(j, t, k))));
            }
            delta = product(yhat, minus(costSlope(m, t, k), sum(weighted)));
        }
        if (in.loss() == Loss.SQUARED_ERROR) {
            alt.put(Misconception.MISSING_HALF, product(num(2), delta));
        }
        return delta;
    }

    private boolean isCanonicalPair(Activation f) {
        return switch (in.loss()) {
            case SQUARED_ERROR -> f == Activation.IDENTITY;
            case BINARY_CROSS_ENTROPY -> f == Activation.SIGMOID;
            case CROSS_ENTROPY -> f == Activation.SOFTMAX && targetsAreDistributions();
        };
    }

    private boolean targetsAreDistributions() {
        for (double[] row : in.y()) {
            double s = 0;
            for (double v : row) {
                s += v;
            }
            if (Math.abs(s - 1) > 1e-9) {
                return false;
            }
        }
        return true;
    }

    private Expr hiddenErrorTerm(int l, int m, int t, int k, Map<Misconception, Expr> alt) {
        String h = Keys.h(l, m, t, k);
        String z = Keys.z(l, m, t, k);
        Expr back = backSum(l, m, t, k, false);
        Activation f = activation(l);
        f.wrongDerivative(h, z).ifPresent(d ->
                alt.put(Misconception.WRONG_ACTIVATION_DERIVATIVE, product(back, d)));
        alt.put(Misconception.UPDATED_WEIGHTS_IN_BACKPROP, product(backSum(l, m, t, k, true), f.derivative(h, z)));
        return product(back, f.derivative(h, z));
    }

    /** Σ_k ∂J/∂z[l+1]_k · w[l+1]_m,k — with this iteration's weights, or (a mistake) the updated ones. */
    private Expr backSum(int l, int m, int t, int k, boolean updatedWeights) {
        List<Expr> terms = new ArrayList<>();
        for (int j = 1; j <= width(l + 1); j++) {
            String w = updatedWeights ? Keys.wNew(l + 1, m, j, k) : Keys.wUsedIn(l + 1, m, j, k);
            terms.add(product(ref(Keys.dz(l + 1, j, t, k)), ref(w)));
        }
        return sum(terms);
    }

    private void updates(int k) {
        for (int l = depth; l >= 1; l--) { // the lecture updates the output layer first
            for (int m = 1; m <= width(l); m++) {
                for (int n = 1; n <= width(l - 1); n++) {
                    update(Keys.wNew(l, n, m, k), Keys.wUsedIn(l, n, m, k), Keys.dw(l, n, m, 0, k), k);
                }
            }
            if (in.bias()) {
                for (int m = 1; m <= width(l); m++) {
                    update(Keys.bNew(l, m, k), Keys.bUsedIn(l, m, k), Keys.db(l, m, 0, k), k);
                }
            }
        }
    }

    /** w_new = w − λ·∂J/∂w, beside the two ways it goes wrong. */
    private void update(String key, String old, String gradient, int k) {
        Expr w = ref(old);
        Expr step = product(ref(Keys.LEARNING_RATE), ref(gradient));
        Map<Misconception, Expr> alt = new LinkedHashMap<>();
        alt.put(Misconception.SIGN_ERROR, sum(List.of(w, step)));
        alt.put(Misconception.NO_LEARNING_RATE, minus(w, ref(gradient)));
        add(key, Quantity.Role.UPDATE, k, 0, minus(w, step), alt);
    }

    /** Adds a computed node; a formula that uses an activation h also gets its "z for h" alternative. */
    private void add(String key, Quantity.Role role, int k, int t, Expr formula, Map<Misconception, Expr> alt) {
        Set<String> refs = new HashSet<>();
        formula.collectRefs(refs);
        if (role != Quantity.Role.ACTIVATION && refs.stream().anyMatch(preActivationOf::containsKey)) {
            Map<Misconception, Expr> more = new LinkedHashMap<>(alt);
            more.put(Misconception.PRE_ACTIVATION_FOR_ACTIVATION, formula.substitute(r ->
                    preActivationOf.containsKey(r) ? ref(preActivationOf.get(r)) : null));
            alt = more;
        }
        out.add(Quantity.computed(key, role, k, t, formula, alt));
    }
}
