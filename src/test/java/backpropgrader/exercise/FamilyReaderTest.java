package backpropgrader.exercise;

import backpropgrader.kernel.BadInputException;
import backpropgrader.kernel.TreeFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FamilyReaderTest {

    static final String VALID = """
            id: small
            version: 2
            kind: network
            structure:
              layers: [2, 2, 1]
              activations: [sigmoid, identity]
              loss: squared-error
              learning_rate: [0.1, 0.2]
            grids:
              weights: {from: -1, to: 1, step: 0.5, exclude: [0]}
              inputs: [0.5, 1]
              targets: 2
            asked:
              - "dJ/dw[1]_*"
              - {key: J, points: 3}
              - "w[2]_*,new"
            """;

    static Family read(String yaml) {
        try {
            return FamilyReader.fromTree(TreeFiles.YAML.readTree(yaml), "fam.yaml");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static String error(String yaml) {
        return assertThrows(BadInputException.class, () -> read(yaml)).getMessage();
    }

    @Test
    void aValidFamilyIsReadWithItsAskedKeysInTheLecturesOrder() {
        Family f = read(VALID);
        assertEquals("2", f.version());
        assertEquals(List.of("J", "dJ/dw[1]_1,1", "dJ/dw[1]_2,1", "dJ/dw[1]_1,2", "dJ/dw[1]_2,2", "w[2]_1,1,new",
                "w[2]_2,1,new"), f.asked().stream().map(AskedItem::key).toList());
        assertEquals(3, f.asked().get(0).points());
        assertTrue(Double.isNaN(f.asked().get(1).points()), "points left to the course");
        assertEquals(List.of(-1.0, -0.5, 0.5, 1.0), f.grids().get("weights").values());
        assertTrue(f.constraints().costDecreases(), "an update is asked");
        assertEquals(ConstraintsReader.DEFAULT_MAX_ABS_Z, f.constraints().maxAbsZ());
    }

    @Test
    void aFamilyOfMoreThanEightLayersIsRefused() {
        assertEquals("fam.yaml: structure.layers: expected at most 8 layers (the input layer included), found 9.",
                error(VALID.replace("layers: [2, 2, 1]", "layers: [2, 2, 2, 2, 2, 2, 2, 2, 1]")));
    }

    @Test
    void decimalRangesHaveNoBinaryNoise() {
        Family f = read(VALID.replace("{from: -1, to: 1, step: 0.5, exclude: [0]}", "{from: -0.3, to: 0.3, step: 0.1}"));
        assertEquals(List.of(-0.3, -0.2, -0.1, 0.0, 0.1, 0.2, 0.3), f.grids().get("weights").values());
    }

    @Test
    void everyMistakeNamesTheField() {
        assertEquals("fam.yaml: structure.activations[0]: expected identity, sigmoid, tanh, relu or softmax, found"
                + " \"sigmoyd\".", error(VALID.replace("[sigmoid, identity]", "[sigmoyd, identity]")));
        assertEquals("fam.yaml: structure.activations: expected 2 activations (one per layer after the input),"
                + " found 1.", error(VALID.replace("[sigmoid, identity]", "[sigmoid]")));
        assertEquals("fam.yaml: constraints.max_abs_zz: unknown field; the fields here are max_abs_z, relu_active,"
                + " relu_inactive, relu_margin, cost_decreases, distinguishable, allow_zero, misconceptions_separate,"
                + " ignore_misconceptions, max_abs_answer, distinct_samples, distinct_inputs, max_draws.",
                error(VALID + "constraints: {max_abs_zz: 3}\n"));
        assertEquals("fam.yaml: asked[1].key: the pattern \"dJ/dw[3]_*\" matches no computed quantity of this family;"
                + " its keys include z[1]_1, z[1]_2, h[1]_1, h[1]_2, z[2]_1, yhat_1, J, dJ/dz[2]_1, ….",
                error(VALID.replace("{key: J, points: 3}", "{key: \"dJ/dw[3]_*\", points: 3}")));
        assertEquals("fam.yaml: grids: no grid for x_1; give x_1 or inputs.", error(VALID.replace("  inputs: [0.5, 1]\n", "")));
        assertEquals("fam.yaml: grids.w[3]: no drawn value of this network uses this grid; the grids are named weights,"
                + " w[l], w[l]_n,m, biases, b[l], b[l]_m, inputs, x_n, targets, y_k.", error(VALID.replace("  targets: 2\n", "  targets: 2\n  w[3]: 1\n")));
        assertEquals("fam.yaml: constraints.relu_active: the network has no ReLU layer.",
                error(VALID + "constraints: {relu_active: all}\n"));
        assertEquals("fam.yaml: grids.weights.step: expected a positive number, found 0.",
                error(VALID.replace("step: 0.5", "step: 0")));
        assertEquals("fam.yaml: grids.weights: no value is left once the exclusions are taken out.",
                error(VALID.replace("{from: -1, to: 1, step: 0.5, exclude: [0]}", "{values: [0], exclude: [0]}")));
        assertEquals("fam.yaml: kind: expected network or chain-rule, found \"netwerk\".",
                error(VALID.replace("kind: network", "kind: netwerk")));
        assertEquals("fam.yaml: version: this field is missing and has no default.",
                error(VALID.replace("version: 2\n", "")));
        assertEquals("fam.yaml: marking.follow_through_credit: expected a number from 0 to 1, found 2.",
                error(VALID + "marking: {follow_through_credit: 2}\n"));
        assertEquals("fam.yaml: constraints.ignore_misconceptions: expected names from the catalogue (sign-error,"
                + " no-batch-mean, missing-half, wrong-activation-derivative, pre-activation-for-activation,"
                + " swapped-indices, updated-weights-in-backprop, stale-weights, no-learning-rate), found \"typo\".",
                error(VALID + "constraints: {ignore_misconceptions: [typo]}\n"));
    }

    @Test
    void crossEntropyTargetsMustBeProbabilities() {
        String bce = VALID.replace("loss: squared-error", "loss: binary-cross-entropy")
                .replace("activations: [sigmoid, identity]", "activations: [sigmoid, sigmoid]");
        assertEquals("fam.yaml: grids.targets: expected targets from 0 to 1 for binary-cross-entropy, found 2.",
                error(bce));
        assertEquals("fam.yaml: grids.weights: one_hot is for the grid 'targets' only.",
                error(VALID.replace("{from: -1, to: 1, step: 0.5, exclude: [0]}", "{one_hot: true}")));
    }

    static final String CHAIN = """
            id: chain
            version: 1
            kind: chain-rule
            structure:
              functions:
                f_1: "(a*x^2 + b)^n"
            grids:
              a: [1, 2]
              b: -1
              n: [2, 3]
              x0: 0.5
            asked: ["df_*/dx", "df_1/dx|x0"]
            """;

    @Test
    void chainRuleFamiliesNameTheirCoefficientsAndExponents() {
        Family f = read(CHAIN);
        FamilyStructure.ChainRule s = (FamilyStructure.ChainRule) f.structure();
        assertEquals(List.of("a", "b", "n"), s.coefficients().get("f_1"));
        assertEquals(List.of("n"), s.exponents());
        assertEquals(List.of(new AskedItem("df_1/dx", Double.NaN, true), new AskedItem("df_1/dx|x0", Double.NaN, false)),
                f.asked());
        assertEquals("fam.yaml: grids.n: expected whole numbers from −10 to 10 (n is an exponent), found 2, 2.5.",
                error(CHAIN.replace("n: [2, 3]", "n: [2, 2.5]")));
        assertEquals("fam.yaml: structure.functions.f_1: expected ')', found the end in \"(a*x^2 + b\".",
                error(CHAIN.replace("(a*x^2 + b)^n", "(a*x^2 + b")));
        assertEquals("fam.yaml: grids: no grid for the coefficient b of f_1; give 'b' (every function) or 'b_1'"
                + " (f_1 only).", error(CHAIN.replace("  b: -1\n", "")));
        assertEquals("fam.yaml: grids: no grid for x0, the point at which the derivatives are evaluated.",
                error(CHAIN.replace("  x0: 0.5\n", "")));
    }
}
