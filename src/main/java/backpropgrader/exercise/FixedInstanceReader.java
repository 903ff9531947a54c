package backpropgrader.exercise;

import backpropgrader.engine.Activation;
import backpropgrader.kernel.BadInputException;
import backpropgrader.engine.FixedInstance;
import backpropgrader.engine.Loss;
import backpropgrader.engine.Numbers;
import backpropgrader.kernel.TreeFiles;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and validates a fixed instance (docs/FORMATS.md) from JSON or YAML. Every problem is reported with the
 * file, the JSON path and what was expected and found; fields it does not know are left to other readers. A network
 * beyond {@link NetworkLimits} is refused before its numbers are read.
 */
public final class FixedInstanceReader {

    private static final String LOSSES = "squared-error, binary-cross-entropy or cross-entropy";

    private final String source;

    private FixedInstanceReader(String source) {
        this.source = source;
    }

    public static FixedInstance read(Path file) {
        return fromTree(TreeFiles.read(file), file.toString());
    }

    public static FixedInstance fromTree(JsonNode root, String source) {
        return new FixedInstanceReader(source).instance(root);
    }

    private FixedInstance instance(JsonNode root) {
        object(root, "$");
        String id = text(root, "id", "$.id", "the exercise's id, a non-empty string");
        String title = root.hasNonNull("title") ? text(root, "title", "$.title", "a non-empty string") : id;
        JsonNode network = object(required(root, "network", "$", "the network: an object with layers, activations"
                + " and bias"), "$.network");
        int[] layers = layers(required(network, "layers", "$.network", "the node counts, input layer first"));
        int depth = layers.length - 1;
        List<Activation> activations = activations(required(network, "activations", "$.network",
                "one activation per layer after the input"), depth);
        boolean bias = network.has("bias") && bool(network.get("bias"), "$.network.bias");

        String lossText = text(root, "loss", "$.loss", LOSSES);
        Loss loss = Loss.parse(lossText).orElseThrow(() -> BadInputException.at(source, "$.loss", LOSSES,
                quote(lossText)));
        Loss.Reduction reduction = loss.lectureReduction();
        if (root.hasNonNull("reduction")) {
            String r = text(root, "reduction", "$.reduction", "mean or sum");
            reduction = Loss.Reduction.parse(r)
                    .orElseThrow(() -> BadInputException.at(source, "$.reduction", "mean or sum", quote(r)));
        }
        double rate = number(required(root, "learning_rate", "$", "the learning rate λ"), "$.learning_rate");
        if (rate <= 0) {
            throw BadInputException.at(source, "$.learning_rate", "a positive number", Numbers.plain(rate));
        }
        int steps = root.has("steps") ? integer(root.get("steps"), "$.steps", 0) : 1;
        if (steps > NetworkLimits.STEPS) {
            throw BadInputException.at(source, "$.steps", "at most " + NetworkLimits.STEPS + " gradient-descent steps",
                    steps);
        }
        long weightCount = 0;
        for (int l = 1; l <= depth; l++) {
            weightCount += (long) layers[l - 1] * layers[l];
        }
        if (weightCount > NetworkLimits.WEIGHTS) {
            throw BadInputException.at(source, "$.network.layers", "a network of at most " + NetworkLimits.WEIGHTS
                    + " weights", weightCount + " weights");
        }

        double[][][] weights = new double[depth][][];
        JsonNode w = array(required(root, "weights", "$", "one weight matrix per layer after the input"),
                "$.weights", depth, count(depth, "weight matrix", "weight matrices") + ", one per layer after the input");
        for (int l = 1; l <= depth; l++) {
            String path = "$.weights[" + (l - 1) + "]";
            JsonNode rows = array(w.get(l - 1), path, layers[l - 1], count(layers[l - 1], "row", "rows")
                    + ", one per node of layer " + (l - 1) + " (w[" + l + "]_n,m is row n, column m)");
            weights[l - 1] = new double[layers[l - 1]][];
            for (int n = 1; n <= layers[l - 1]; n++) {
                weights[l - 1][n - 1] = vector(rows.get(n - 1), path + "[" + (n - 1) + "]", layers[l],
                        range("w[" + l + "]_" + n + ",", layers[l]) + ", one per node of layer " + l);
            }
        }
        double[][] biases = null;
        if (bias) {
            biases = new double[depth][];
            JsonNode b = array(required(root, "biases", "$", "one bias vector per layer after the input (bias is true)"),
                    "$.biases", depth, count(depth, "bias vector", "bias vectors") + ", one per layer after the input");
            for (int l = 1; l <= depth; l++) {
                biases[l - 1] = vector(b.get(l - 1), "$.biases[" + (l - 1) + "]", layers[l],
                        range("b[" + l + "]_", layers[l]) + ", one per node of layer " + l);
            }
        }
        JsonNode xs = required(root, "x", "$", "the inputs, one row per training sample");
        array(xs, "$.x", -1, "rows, one per training sample");
        if (xs.isEmpty()) {
            throw BadInputException.at(source, "$.x", "at least one training sample", "none");
        }
        if (xs.size() > NetworkLimits.SAMPLES) {
            throw BadInputException.at(source, "$.x", "at most " + NetworkLimits.SAMPLES + " training samples",
                    xs.size());
        }
        double[][] x = samples(xs, "$.x", xs.size(), layers[0], "x_");
        JsonNode ys = required(root, "y", "$", "the targets, one row per training sample");
        array(ys, "$.y", xs.size(), count(xs.size(), "row", "rows") + ", one per training sample, as many as $.x has");
        double[][] y = samples(ys, "$.y", xs.size(), layers[depth], "y_");
        checkTargets(loss, y);
        return new FixedInstance(id, title, layers, activations, bias, loss, reduction, rate, steps, weights, biases, x, y);
    }

    private int[] layers(JsonNode node) {
        array(node, "$.network.layers", -1, "node counts, input layer first");
        if (node.size() < 2) {
            throw BadInputException.at(source, "$.network.layers", "at least two layers (input and output)",
                    node.size() + " layer" + (node.size() == 1 ? "" : "s"));
        }
        if (node.size() > NetworkLimits.LAYERS) {
            throw BadInputException.at(source, "$.network.layers", "at most " + NetworkLimits.LAYERS
                    + " layers (the input layer included)", node.size() + " layers");
        }
        int[] layers = new int[node.size()];
        for (int i = 0; i < layers.length; i++) {
            layers[i] = integer(node.get(i), "$.network.layers[" + i + "]", 1);
            if (layers[i] > NetworkLimits.NODES_PER_LAYER) {
                throw BadInputException.at(source, "$.network.layers[" + i + "]", "at most "
                        + NetworkLimits.NODES_PER_LAYER + " nodes in a layer", layers[i]);
            }
        }
        return layers;
    }

    private List<Activation> activations(JsonNode node, int depth) {
        array(node, "$.network.activations", depth,
                count(depth, "activation", "activations") + ", one per layer after the input (layers has " + (depth + 1) + ")");
        List<Activation> out = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            String path = "$.network.activations[" + i + "]";
            JsonNode a = node.get(i);
            if (!a.isTextual()) {
                throw BadInputException.at(source, path, "an activation name", describe(a));
            }
            Activation act = Activation.parse(a.asText()).orElseThrow(() -> BadInputException.at(source, path,
                    "identity, sigmoid, tanh, relu or softmax", quote(a.asText())));
            if (act == Activation.SOFTMAX && i < depth - 1) {
                throw BadInputException.at(source, path, "softmax only in the output layer (layer " + depth + ")",
                        "softmax in hidden layer " + (i + 1));
            }
            out.add(act);
        }
        return List.copyOf(out);
    }

    private void checkTargets(Loss loss, double[][] y) {
        if (loss == Loss.SQUARED_ERROR) {
            return;
        }
        for (int t = 0; t < y.length; t++) {
            for (int k = 0; k < y[t].length; k++) {
                if (y[t][k] < 0 || y[t][k] > 1) {
                    throw BadInputException.at(source, "$.y[" + t + "][" + k + "]",
                            "a target between 0 and 1 for " + loss.id(), Numbers.plain(y[t][k]));
                }
            }
        }
    }

    /** Rows of x or y: row t holds {@code prefix}1 … of sample t + 1. */
    private double[][] samples(JsonNode node, String path, int rows, int cols, String prefix) {
        double[][] m = new double[rows][];
        for (int t = 0; t < rows; t++) {
            String sample = rows == 1 ? "" : "(" + (t + 1) + ")";
            m[t] = vector(node.get(t), path + "[" + t + "]", cols, cols == 1 ? prefix + "1" + sample
                    : prefix + "1" + sample + " to " + prefix + cols + sample);
        }
        return m;
    }

    private double[] vector(JsonNode node, String path, int size, String what) {
        array(node, path, size, count(size, "number", "numbers") + " (" + what + ")");
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            v[i] = number(node.get(i), path + "[" + i + "]");
        }
        return v;
    }

    /** {@code what} says what the array holds, with its count when {@code size} is fixed ("2 rows, one per …"). */
    private JsonNode array(JsonNode node, String path, int size, String what) {
        if (!node.isArray()) {
            throw BadInputException.at(source, path, "an array of " + what, describe(node));
        }
        if (size >= 0 && node.size() != size) {
            throw BadInputException.at(source, path, what, node.size());
        }
        return node;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** "w[1]_2,1 to w[1]_2,3" for prefix "w[1]_2," and 3. */
    private static String range(String prefix, int n) {
        return n == 1 ? prefix + "1" : prefix + "1 to " + prefix + n;
    }

    private JsonNode object(JsonNode node, String path) {
        if (!node.isObject()) {
            throw BadInputException.at(source, path, "an object", describe(node));
        }
        return node;
    }

    private JsonNode required(JsonNode parent, String field, String path, String expected) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            throw BadInputException.at(source, path + "." + field, expected,
                    n == null ? "nothing (the field is missing)" : "null");
        }
        return n;
    }

    private String text(JsonNode parent, String field, String path, String expected) {
        JsonNode n = required(parent, field, path.substring(0, path.lastIndexOf('.')), expected);
        if (!n.isTextual() || n.asText().isBlank()) {
            throw BadInputException.at(source, path, expected, describe(n));
        }
        return n.asText();
    }

    private boolean bool(JsonNode n, String path) {
        if (!n.isBoolean()) {
            throw BadInputException.at(source, path, "true or false", describe(n));
        }
        return n.asBoolean();
    }

    private int integer(JsonNode n, String path, int min) {
        if (!n.isIntegralNumber() || n.asLong() < min || n.asLong() > 10_000) {
            throw BadInputException.at(source, path, "a whole number from " + min + " to 10000", describe(n));
        }
        return n.asInt();
    }

    private double number(JsonNode n, String path) {
        double v;
        if (n.isNumber()) {
            v = n.asDouble();
        } else if (n.isTextual() && n.asText().trim().matches("[-+−]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            v = Numbers.parse(n.asText());
        } else {
            throw BadInputException.at(source, path, "a number", describe(n));
        }
        if (!Double.isFinite(v)) {
            throw BadInputException.at(source, path, "a finite number", Double.isNaN(v) ? "NaN" : "infinity");
        }
        return v;
    }

    private static String describe(JsonNode n) {
        if (n.isTextual()) {
            return quote(n.asText());
        }
        if (n.isArray()) {
            return "an array of " + n.size();
        }
        if (n.isObject()) {
            return "an object";
        }
        if (n.isNumber() && Double.isNaN(n.asDouble())) {
            return "NaN";
        }
        return n.toString();
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }
}
