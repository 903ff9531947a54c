package backpropgrader.stage;

import backpropgrader.engine.Activation;
import backpropgrader.engine.Numbers;
import backpropgrader.engine.Quantity;
import backpropgrader.exercise.Family;
import backpropgrader.exercise.FamilyStructure;
import backpropgrader.marking.Variant;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Short descriptions for reports: a variant's given numbers (equal strings = the same exercise), a family's shape. */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** Every given number of the variant, key=value, in the graph's order. */
    public static String of(Variant v) {
        return v.graph().quantities().stream().filter(Quantity::isGiven)
                .map(q -> q.key() + "=" + Numbers.plain(q.given())).collect(Collectors.joining(" "));
    }

    /** "network 2-2-1 (sigmoid, identity), squared-error (mean), 1 sample, 1 step" or "chain rule: f_1, f_2". */
    public static String describe(Family f) {
        if (f.structure() instanceof FamilyStructure.Network n) {
            return "network " + Arrays.stream(n.layers()).mapToObj(Integer::toString).collect(Collectors.joining("-"))
                    + " (" + n.activations().stream().map(Activation::id).collect(Collectors.joining(", ")) + ")"
                    + (n.bias() ? " with biases" : "") + ", " + n.loss().id() + " (" + n.reduction().id() + "), "
                    + n.samples() + " sample" + (n.samples() == 1 ? "" : "s") + ", " + n.steps() + " step"
                    + (n.steps() == 1 ? "" : "s") + ", λ " + n.learningRate().describe();
        }
        return "chain rule: " + String.join(", ", ((FamilyStructure.ChainRule) f.structure()).functions().keySet());
    }
}
