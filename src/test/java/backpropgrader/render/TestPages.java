package backpropgrader.render;

import backpropgrader.engine.ChainRuleTestGraphs;
import backpropgrader.engine.FixedInstance;
import backpropgrader.exercise.FixedInstanceReader;
import backpropgrader.engine.NetworkGraph;
import backpropgrader.kernel.TreeFiles;
import backpropgrader.marking.Asked;
import backpropgrader.marking.Marking;
import backpropgrader.exercise.Student;
import backpropgrader.marking.Variant;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Variants and pages built from the lecture's fixed instances (and a wider network) with some asked keys. */
final class TestPages {

    static final Student ADA = new Student("s1234", "Ada Lovelace", "ada@example.org");

    private TestPages() {
    }

    static FixedInstance lecture(String name) {
        return FixedInstanceReader.read(Path.of("exercises/lecture/" + name + ".json"));
    }

    static Variant example1() {
        FixedInstance in = lecture("example-1");
        return variant(in, List.of(Asked.number("z[1]_1", 1), Asked.number("h[1]_1", 1), Asked.number("yhat_1", 1),
                Asked.number("J", 1), Asked.number("dJ/dw[2]_1,1", 2), Asked.number("dJ/dw[1]_2,1", 2),
                Asked.number("w[1]_1,1,new", 1), Asked.number("yhat_1@2", 1), Asked.number("J@2", 1)));
    }

    static Variant example2() {
        FixedInstance in = lecture("example-2");
        return variant(in, List.of(Asked.number("J(1)", 1), Asked.number("dJ(2)/dw[1]_1,1", 1),
                Asked.number("dJ/dw[2]_1,1", 1), Asked.number("w[2]_1,1,new", 1)));
    }

    /** A 3-4-2 sigmoid network with biases off: 9 nodes, 20 weights. */
    static Variant wide() {
        return variant(instance342(false), List.of(Asked.number("yhat_2", 1), Asked.number("dJ/dw[1]_3,4", 2)));
    }

    static FixedInstance instance342(boolean bias) {
        String json = """
                {"id": "wide-342", "title": "A wider network",
                 "network": {"layers": [3, 4, 2], "activations": ["sigmoid", "identity"], "bias": %s},
                 "loss": "squared-error", "learning_rate": 0.5, "steps": 1,
                 "weights": [[[0.1, -0.2, 0.3, 0.4], [0.5, 0.6, -0.7, 0.8], [0.9, 1.0, 1.1, -1.2]],
                             [[0.25, -0.5], [0.75, 1.0], [-1.25, 1.5], [1.75, 2.0]]],
                 %s
                 "x": [[1, 0.5, -1]], "y": [[0.5, 1]]}
                """.formatted(bias, bias ? "\"biases\": [[0.1, 0.2, 0.3, 0.4], [-0.5, 0.5]]," : "");
        try {
            return FixedInstanceReader.fromTree(TreeFiles.JSON.readTree(json), "test:wide-342");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A deep network with biases and mixed activations: 4-5-3-2, tanh, ReLU, sigmoid. */
    static FixedInstance deep() {
        String json = """
                {"id": "deep-4532", "title": "A deep network",
                 "network": {"layers": [4, 5, 3, 2], "activations": ["tanh", "relu", "sigmoid"], "bias": true},
                 "loss": "binary-cross-entropy", "learning_rate": 0.5, "steps": 1,
                 "weights": [[[0.1, 0.2, 0.3, 0.4, 0.5], [0.1, -0.2, 0.3, 0.4, 0.5], [0.1, 0.2, -0.3, 0.4, 0.5],
                              [0.1, 0.2, 0.3, 0.4, -0.5]],
                             [[0.25, -0.5, 0.1], [0.75, 1.0, 0.1], [-1.25, 1.5, 0.1], [1.75, 2.0, 0.1], [1.5, 2.0, 0.1]],
                             [[0.5, -0.25], [0.5, -0.25], [0.5, -0.25]]],
                 "biases": [[0.1, 0.2, 0.3, 0.4, 0.5], [0.1, 0.2, 0.3], [0.1, -0.2]],
                 "x": [[1, 0.5, -1, 2]], "y": [[1, 0]]}
                """;
        try {
            return FixedInstanceReader.fromTree(TreeFiles.JSON.readTree(json), "test:deep-4532");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Multi-class: a 2-3-3 network with softmax outputs and cross-entropy, two samples. */
    static FixedInstance softmax() {
        String json = """
                {"id": "softmax-233", "title": "Multi-class classification",
                 "network": {"layers": [2, 3, 3], "activations": ["relu", "softmax"], "bias": true},
                 "loss": "cross-entropy", "learning_rate": 0.1, "steps": 1,
                 "weights": [[[0.5, -0.3, 0.8], [0.2, 0.4, -0.6]], [[1.0, -1.0, 0.5], [0.3, 0.7, -0.2], [-0.4, 0.6, 0.9]]],
                 "biases": [[0.1, 0.1, 0.1], [0, 0.2, -0.2]],
                 "x": [[1, 2], [0.5, -1]], "y": [[0, 1, 0], [1, 0, 0]]}
                """;
        try {
            return FixedInstanceReader.fromTree(TreeFiles.JSON.readTree(json), "test:softmax-233");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Variant chainRule() {
        return new Variant(ADA.id(), "chain-rule", "chain-rule", "1", "Quiz 1.1: the chain rule", null,
                ChainRuleTestGraphs.quiz11(0.5),
                List.of(new Asked("df_1/dx", 2, true, "12x(2x^2-1)^2"), Asked.number("df_1/dx|x0", 1)),
                Marking.DEFAULT, false);
    }

    static Variant variant(FixedInstance in, List<Asked> asked) {
        return new Variant(ADA.id(), in.id(), in.id(), "1", in.title(), in, NetworkGraph.build(in), asked,
                Marking.DEFAULT, false);
    }

    /** The variant code the test sheets show (a real one is exercise.VariantCode's). */
    static final String CODE = "K7M2QX9";

    static SheetPage page(Student s, Locale locale, Variant... variants) {
        return new SheetPage(s, "EMS702P Statistical Thinking", "week9-bp", locale, List.of(variants),
                "backprop-grader test · families lecture v1", CODE);
    }

    static SheetPage all(Locale locale) {
        return page(ADA, locale, example1(), example2(), wide(), chainRule());
    }
}
