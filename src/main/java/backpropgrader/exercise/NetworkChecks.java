package backpropgrader.exercise;

import backpropgrader.marking.Marking;

import backpropgrader.engine.Activation;
import backpropgrader.engine.FixedInstance;
import backpropgrader.engine.Key;
import backpropgrader.engine.Keys;
import backpropgrader.engine.QuantityGraph;
import backpropgrader.engine.Values;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The constraints of a network family, planned once from the family's structure (which pre-activations a
 * student computes, which ReLU nodes must be active, which misconceptions to try where) and then applied to each
 * drawn variant. {@link #firstFailure} names the first constraint a variant breaks, in a fixed order.
 */
final class NetworkChecks {

    private final Family family;
    private final FamilyStructure.Network s;
    private final Constraints c;
    private final Marking marking;
    private final List<String> boundedZ = new ArrayList<>();
    private final List<String> mustBeActive = new ArrayList<>();
    private final List<String> mustBeInactive = new ArrayList<>();
    private final MisconceptionChecks misconceptions;

    NetworkChecks(Family family, Marking marking, QuantityGraph plan) {
        this.family = family;
        this.s = (FamilyStructure.Network) family.structure();
        this.c = family.constraints();
        this.marking = marking;
        Set<String> computed = new HashSet<>();
        for (AskedItem a : family.asked()) {
            computed.add(a.key());
            computed.addAll(plan.ancestors(a.key()));
        }
        for (var q : plan.quantities()) {
            Key z = Key.read(q.key()).filter(k -> k.kind() == Key.Kind.Z).orElse(null);
            if (z == null || !computed.contains(q.key())) {
                continue;
            }
            int l = z.layer();
            Activation a = s.activations().get(l - 1);
            if (a == Activation.SIGMOID || a == Activation.TANH || a == Activation.SOFTMAX) {
                boundedZ.add(q.key());
            }
            if (a == Activation.RELU) {
                String node = l == s.depth() ? Keys.yhat(z.m(), 0, 1) : Keys.h(l, z.m(), 0, 1);
                if (c.allReluActive() || c.reluActive().contains(node)) {
                    mustBeActive.add(q.key());
                }
                if (c.reluInactive().contains(node)) {
                    mustBeInactive.add(q.key());
                }
            }
        }
        this.misconceptions = c.misconceptionsSeparate() ? new MisconceptionChecks(family, plan) : null;
    }

    /** The first constraint the variant breaks, or null when it may be given to a student. */
    String firstFailure(FixedInstance in, QuantityGraph g, Values v) {
        String shape = shapeFailure(in, v);
        if (shape != null) {
            return shape;
        }
        AnswerChecks answers = new AnswerChecks(v, marking);
        String common = answers.firstFailure(family.asked(), c);
        if (common != null || misconceptions == null) {
            return common;
        }
        return misconceptions.firstFailure(g, answers);
    }

    /** The checks on the drawn data alone, made before anything is computed from it. */
    String dataFailure(FixedInstance in) {
        if (c.distinctSamples() && !distinctSamples(in)) {
            return Constraints.DISTINCT_SAMPLES;
        }
        if (c.distinctInputs() && !distinctInputs(in)) {
            return Constraints.DISTINCT_INPUTS;
        }
        return null;
    }

    /** The checks on the network's state (saturation, ReLU, cost), not on the asked answers. */
    private String shapeFailure(FixedInstance in, Values v) {
        if (!AnswerChecks.allFinite(v)) {
            return Constraints.FINITE;
        }
        for (String z : boundedZ) {
            if (Math.abs(v.get(z)) > c.maxAbsZ()) {
                return Constraints.MAX_ABS_Z;
            }
        }
        for (String z : mustBeActive) {
            if (v.get(z) < c.reluMargin() || v.get(z) == 0) {
                return Constraints.RELU_ACTIVE;
            }
        }
        for (String z : mustBeInactive) {
            if (v.get(z) > -c.reluMargin() || v.get(z) == 0) {
                return Constraints.RELU_INACTIVE;
            }
        }
        if (c.costDecreases()) {
            for (int k = 1; k <= s.steps(); k++) {
                if (!(v.get(Keys.cost(0, k + 1)) < v.get(Keys.cost(0, k)))) {
                    return Constraints.COST_DECREASES;
                }
            }
        }
        return null;
    }

    /** Within each sample, no two inputs are equal (else mixing up x_1 and x_2 would go unnoticed). */
    private static boolean distinctInputs(FixedInstance in) {
        for (double[] row : in.x()) {
            for (int a = 0; a < row.length; a++) {
                for (int b = a + 1; b < row.length; b++) {
                    if (row[a] == row[b]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean distinctSamples(FixedInstance in) {
        for (int a = 0; a < in.x().length; a++) {
            for (int b = a + 1; b < in.x().length; b++) {
                if (Arrays.equals(in.x()[a], in.x()[b])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The layer of a ReLU node key (h[l]_m of a hidden ReLU layer, yhat_m of a ReLU output layer), or −1. */
    static int reluLayer(String key, FamilyStructure.Network s) {
        Key node = Key.read(key).filter(k -> k.sample() == 0 && k.iteration() == 1).orElse(null);
        int l;
        if (node != null && node.kind() == Key.Kind.H) {
            l = node.layer();
            if (l >= s.depth()) {
                return -1;
            }
        } else if (node != null && node.kind() == Key.Kind.YHAT) {
            l = s.depth();
        } else {
            return -1;
        }
        int m = node.m();
        boolean ok = l >= 1 && m >= 1 && m <= s.layers()[l] && s.activations().get(l - 1) == Activation.RELU;
        return ok ? l : -1;
    }

    static String reluLayers(FamilyStructure.Network s) {
        List<String> out = new ArrayList<>();
        for (int l = 1; l <= s.depth(); l++) {
            if (s.activations().get(l - 1) == Activation.RELU) {
                out.add(Integer.toString(l));
            }
        }
        return String.join(", ", out);
    }
}
