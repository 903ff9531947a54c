package backpropgrader.engine;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and validates a fixed instance (DESIGN.md §5) from JSON or YAML. Every problem is reported with the
 * file, the JSON path and what was expected and found; fields it does not know are left to other readers.
 */
public final class FixedInstanceReader {

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
        String id = text(root, "id", "$.id");
        String title = root.hasNonNull("title") ? text(root, "title", "$.title") : id;
        JsonNode network = object(required(root, "network", "$"), "$.network");
        int[] layers = layers(required(network, "layers", "$.network"));
        int depth = layers.length - 1;
        List<Activation> activations = activations(required(network, "activations", "$.network"), depth);
        boolean bias = network.has("bias") && bool(network.get("bias"), "$.network.bias");

        String lossText = text(root, "loss", "$.loss");
        Loss loss = Loss.parse(lossText).orElseThrow(() -> BadInputException.at(source, "$.loss",
                "squared-error, binary-cross-entropy or cross-entropy", quote(lossText)));
        Loss.Reduction reduction = loss.lectureReduction();
        if (root.hasNonNull("reduction")) {
            String r = text(root, "reduction", "$.reduction");
            reduction = Loss.Reduction.parse(r)
                    .orElseThrow(() -> BadInputException.at(source, "$.reduction", "mean or sum", quote(r)));
        }
        double rate = number(required(root, "learning_rate", "$"), "$.learning_rate");
        if (rate <= 0) {
            throw BadInputException.at(source, "$.learning_rate", "a positive number", Numbers.plain(rate));
        }
        int steps = root.has("steps") ? integer(root.get("steps"), "$.steps", 0) : 1;

        double[][][] weights = new double[depth][][];
        JsonNode w = array(required(root, "weights", "$"), "$.weights", depth, "one matrix per layer after the input");
        for (int l = 1; l <= depth; l++) {
            weights[l - 1] = matrix(w.get(l - 1), "$.weights[" + (l - 1) + "]", layers[l - 1], layers[l], "w[" + l + "]");
        }
        double[][] biases = null;
        if (bias) {
            biases = new double[depth][];
            JsonNode b = array(required(root, "biases", "$"), "$.biases", depth, "one vector per layer after the input");
            for (int l = 1; l <= depth; l++) {
                biases[l - 1] = vector(b.get(l - 1), "$.biases[" + (l - 1) + "]", layers[l], "b[" + l + "]");
            }
        }
        JsonNode xs = required(root, "x", "$");
        array(xs, "$.x", -1, "one row per training sample");
        if (xs.isEmpty()) {
            throw BadInputException.at(source, "$.x", "at least one training sample", "none");
        }
        double[][] x = matrix(xs, "$.x", xs.size(), layers[0], "x");
        double[][] y = matrix(required(root, "y", "$"), "$.y", xs.size(), layers[depth], "y");
        checkTargets(loss, y);
        return new FixedInstance(id, title, layers, activations, bias, loss, reduction, rate, steps, weights, biases, x, y);
    }

    private int[] layers(JsonNode node) {
        array(node, "$.network.layers", -1, "node counts, input layer first");
        if (node.size() < 2) {
            throw BadInputException.at(source, "$.network.layers", "at least two layers (input and output)",
                    node.size() + " layer" + (node.size() == 1 ? "" : "s"));
        }
        int[] layers = new int[node.size()];
        for (int i = 0; i < layers.length; i++) {
            layers[i] = integer(node.get(i), "$.network.layers[" + i + "]", 1);
        }
        return layers;
    }

    private List<Activation> activations(JsonNode node, int depth) {
        array(node, "$.network.activations", depth, "one activation per layer after the input");
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

    private double[][] matrix(JsonNode node, String path, int rows, int cols, String name) {
        array(node, path, rows, rows + " rows");
        double[][] m = new double[rows][];
        for (int r = 0; r < rows; r++) {
            m[r] = vector(node.get(r), path + "[" + r + "]", cols, name);
        }
        return m;
    }

    private double[] vector(JsonNode node, String path, int size, String name) {
        array(node, path, size, size + " number" + (size == 1 ? "" : "s") + " (" + name + ")");
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            v[i] = number(node.get(i), path + "[" + i + "]");
        }
        return v;
    }

    private JsonNode array(JsonNode node, String path, int size, String what) {
        if (!node.isArray()) {
            throw BadInputException.at(source, path, "an array of " + what, describe(node));
        }
        if (size >= 0 && node.size() != size) {
            throw BadInputException.at(source, path, size + " entries (" + what + ")", node.size());
        }
        return node;
    }

    private JsonNode object(JsonNode node, String path) {
        if (!node.isObject()) {
            throw BadInputException.at(source, path, "an object", describe(node));
        }
        return node;
    }

    private JsonNode required(JsonNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            throw new BadInputException(source + ": " + path + ": the field \"" + field + "\" is missing.");
        }
        return n;
    }

    private String text(JsonNode parent, String field, String path) {
        JsonNode n = required(parent, field, path.substring(0, path.lastIndexOf('.')));
        if (!n.isTextual() || n.asText().isBlank()) {
            throw BadInputException.at(source, path, "a non-empty string", describe(n));
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
            throw BadInputException.at(source, path, "an integer of at least " + min, describe(n));
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
