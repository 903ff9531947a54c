package backpropgrader.exercise;

import backpropgrader.marking.Asked;
import backpropgrader.marking.ItemResult;
import backpropgrader.marking.Marker;
import backpropgrader.marking.Variant;
import backpropgrader.marking.Verdict;

import backpropgrader.kernel.BadInputException;
import backpropgrader.engine.FixedInstance;
import backpropgrader.engine.NetworkGraph;
import backpropgrader.engine.Notation;
import backpropgrader.engine.Numbers;
import backpropgrader.engine.OneVariableFunction;
import backpropgrader.engine.Values;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Accepted variants meet their family's constraints, checked here by independent arithmetic on the drawn data. */
class VariantsTest {

    static final Course COURSE = TestCourses.course("week9");

    static Family bundled(String id) {
        return TestCourses.bundledFamilies().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void aVariantIsAPureFunctionOfItsInputs() {
        Family f = bundled("example-1-single-sample");
        String a = BundledFamiliesTest.givens(new Variants(COURSE, f).of("s1234"));
        assertEquals(a, BundledFamiliesTest.givens(new Variants(COURSE, f).of("s1234")));
        assertNotEquals(a, BundledFamiliesTest.givens(new Variants(COURSE, f).of("s1235")));
        assertNotEquals(a, BundledFamiliesTest.givens(new Variants(TestCourses.course("week10"), f).of("s1234")));
    }

    @Test
    void exampleOneVariantsAreUnsaturatedDecreaseTheCostAndTellMistakesApart() {
        Family f = bundled("example-1-single-sample");
        Variants variants = new Variants(COURSE, f);
        for (int i = 0; i < 200; i++) {
            Variant v = variants.of("s" + i);
            FixedInstance in = v.instance();
            double[][] w1 = in.weights()[0];
            double[][] w2 = in.weights()[1];
            double[] x = in.x()[0];
            double y = in.y()[0][0];
            assertNotEquals(x[0], x[1], "distinct inputs");
            for (double[] row : w1) {
                for (double w : row) {
                    assertTrue(w != 0 && Math.abs(w) <= 2 && Math.abs(w * 10 - Math.rint(w * 10)) < 1e-9, "on the grid: " + w);
                }
            }
            // the forward pass and J, by hand
            double z1 = w1[0][0] * x[0] + w1[1][0] * x[1];
            double z2 = w1[0][1] * x[0] + w1[1][1] * x[1];
            assertTrue(Math.abs(z1) <= 3.5 && Math.abs(z2) <= 3.5, "unsaturated: " + z1 + ", " + z2);
            double h1 = sigmoid(z1);
            double h2 = sigmoid(z2);
            double yhat = w2[0][0] * h1 + w2[1][0] * h2;
            double j = 0.5 * (yhat - y) * (yhat - y);
            Values values = v.reference();
            assertEquals(j, values.get("J"), 1e-12);
            assertTrue(values.get("J@2") < j, "J decreases after the update");
            // the sign error w + λg never rounds to the correct w − λg
            for (String key : List.of("w[2]_1,1,new", "w[1]_2,2,new")) {
                String g = "dJ/dw" + key.substring(1, key.indexOf(",new"));
                double old = values.get(key.substring(0, key.indexOf(",new")));
                double signError = old + 0.1 * values.get(g);
                assertNotEquals(Numbers.fixed(values.get(key), 3), Numbers.fixed(signError, 3), key + " for s" + i);
            }
        }
    }

    @Test
    void reluNodesAreActiveWhereTheFamilySaysSo() {
        Variants variants = new Variants(COURSE, bundled("quiz-1.2-relu"));
        for (int i = 0; i < 300; i++) {
            FixedInstance in = variants.of("s" + i).instance();
            assertTrue(in.weights()[0][0][0] * in.x()[0][0] >= 0.1, "active ReLU");
        }
    }

    @Test
    void multiClassTargetsAreOneHot() {
        Variants variants = new Variants(COURSE, bundled("section-2-multi-class"));
        for (int i = 0; i < 100; i++) {
            double[] y = variants.of("s" + i).instance().y()[0];
            assertEquals(1, java.util.Arrays.stream(y).sum());
            assertEquals(2, java.util.Arrays.stream(y).filter(v -> v == 0).count());
        }
    }

    @Test
    void chainRuleVariantsAskTheDerivativeAsAnExpressionAndItsValueAtThePoint() {
        Variants variants = new Variants(COURSE, bundled("quiz-1.1-chain-rule"));
        for (int i = 0; i < 100; i++) {
            Variant v = variants.of("s" + i);
            double x0 = v.graph().get("x0").given();
            assertEquals(2, v.functions().size());
            for (OneVariableFunction f : v.functions()) {
                Asked symbolic = v.asked().stream().filter(a -> a.key().equals(f.derivativeKey())).findFirst().orElseThrow();
                assertTrue(symbolic.symbolic());
                assertEquals(2, symbolic.points());
                // the derivative as the lecture writes it (x², ·), marked by the grader's rule against the key
                String lectures = f.derivative().render(Notation.symbolic(k -> k));
                ItemResult marked = Marker.mark(v, Map.of(f.derivativeKey(), lectures)).items().stream()
                        .filter(r -> r.key().equals(f.derivativeKey())).findFirst().orElseThrow();
                assertEquals(Verdict.CORRECT, marked.verdict(),
                        "the key's expression " + symbolic.expectedExpression() + " reads back as " + lectures);
                double h = 1e-6;
                double fd = (f.function().eval(k -> x0 + h) - f.function().eval(k -> x0 - h)) / (2 * h);
                double value = v.reference().get(f.valueKey());
                assertEquals(fd, value, 1e-5 * Math.max(1, Math.abs(value)));
                assertTrue(Math.abs(value) >= 0.0005 && Math.abs(value) <= 2000, "distinguishable and hand-sized");
            }
        }
    }

    @Test
    void theLecturesOwnExampleOneIsAFamilyWithOneValuePerGrid() {
        Family f = FamilyReaderTest.read("""
                id: lecture-example-1-as-family
                version: 1
                kind: network
                structure: {layers: [2, 2, 1], activations: [sigmoid, identity], loss: squared-error, learning_rate: 0.1}
                grids:
                  w[1]_1,1: 0.5
                  w[1]_2,1: 1.5
                  w[1]_1,2: 2.3
                  w[1]_2,2: 3
                  w[2]: 1
                  x_1: 1
                  x_2: 0.5
                  targets: 4
                constraints: {max_abs_z: 4}
                asked: ["dJ/dw[*]_*", "w[*]_*,new", "z[1]_*@2", "J@2"]
                """);
        assertTrue(f.sameForEveryone());
        Variant v = new Variants(COURSE, f).of("anybody");
        FixedInstance lecture = backpropgrader.exercise.LectureExercise.bundled().get(0).instance();
        assertArrayEquals(lecture.weights()[0][1], v.instance().weights()[0][1]);
        assertEquals(NetworkGraph.build(lecture).evaluate().get("J@2"), v.reference().get("J@2"), 0);
        assertTrue(v.sameForEveryone());
    }

    @Test
    void impossibleConstraintsSayWhichFailedAfterHowManyDraws() {
        Family f = FamilyReaderTest.read("""
                id: never-active
                version: 1
                kind: network
                structure: {layers: [1, 1, 1], activations: [relu, identity], loss: squared-error, learning_rate: 0.1}
                grids:
                  w[1]: {from: -1, to: -0.1, step: 0.1}
                  w[2]: 1
                  inputs: [1, 2]
                  targets: 1
                constraints: {relu_active: all, max_draws: 50}
                asked: [J]
                """);
        BadInputException e = assertThrows(BadInputException.class, () -> new Variants(COURSE, f).of("s1"));
        assertEquals("fam.yaml: constraints: no variant for student s1 met the constraints after 50 draws; they failed"
                + " relu_active (50 of 50 draws). Widen the grids or relax these constraints (or raise"
                + " constraints.max_draws).", e.getMessage());
    }

    @Test
    void anInstructorsOwnFamilyWithBiasesTwoStepsAndLayerGridsNeedsNoJava() {
        Family f = FamilyReaderTest.read("""
                id: deeper
                version: 1
                kind: network
                structure:
                  layers: [3, 4, 2]
                  activations: [sigmoid, sigmoid]
                  bias: true
                  loss: binary-cross-entropy
                  samples: 2
                  steps: 2
                  learning_rate: {values: [0.5, 1]}
                grids:
                  weights: {from: -1, to: 1, step: 0.1, exclude: [0]}
                  b[2]: {from: -0.5, to: 0.5, step: 0.5}
                  biases: 0.1
                  inputs: {from: -1, to: 1, step: 0.25}
                  targets: [0, 1]
                constraints: {max_abs_z: 3}
                asked: ["dJ/db[2]_*", "w[2]_*,new@2", "J@3"]
                """);
        Variant v = new Variants(COURSE, f).of("s1");
        FixedInstance in = v.instance();
        assertEquals(2, in.steps());
        assertEquals(0.1, in.biases()[0][3]);
        assertTrue(List.of(-0.5, 0.0, 0.5).contains(in.biases()[1][1]));
        assertEquals(2 + 8 + 1, v.asked().size(), v.asked().toString()); // 2 bias gradients, 8 weights after step 2, J@3
        assertTrue(v.reference().get("J@3") < v.reference().get("J@2"), "the cost keeps falling");
    }
}
