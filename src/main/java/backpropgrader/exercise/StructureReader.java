package backpropgrader.exercise;

import backpropgrader.engine.Activation;
import backpropgrader.engine.ChainRuleGraph;
import backpropgrader.engine.Key;
import backpropgrader.engine.Loss;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a family's {@code structure} and checks that its {@code grids} give every drawn value a grid. */
final class StructureReader {

    private final Fields f;

    StructureReader(Fields f) {
        this.f = f;
    }

    FamilyStructure.Network network(JsonNode n) {
        f.only(n, "structure", "layers", "activations", "bias", "loss", "reduction", "samples", "steps", "learning_rate");
        JsonNode layersNode = f.array(f.required(n, "layers", "structure"), "structure.layers");
        if (layersNode.size() < 2) {
            throw f.error("structure.layers", "at least two layers (input and output)", layersNode.size());
        }
        if (layersNode.size() > NetworkLimits.LAYERS) {
            throw f.error("structure.layers", "at most " + NetworkLimits.LAYERS + " layers (the input layer included)",
                    layersNode.size());
        }
        int[] layers = new int[layersNode.size()];
        for (int i = 0; i < layers.length; i++) {
            layers[i] = f.integer(layersNode.get(i), "structure.layers[" + i + "]", 1, 20);
        }
        int depth = layers.length - 1;
        List<String> names = f.texts(f.required(n, "activations", "structure"), "structure.activations");
        if (names.size() != depth) {
            throw f.error("structure.activations", depth + " activations (one per layer after the input)", names.size());
        }
        List<Activation> activations = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            String path = "structure.activations[" + i + "]";
            String name = names.get(i);
            Activation a = Activation.parse(name).orElseThrow(() -> f.error(path,
                    "identity, sigmoid, tanh, relu or softmax", "\"" + name + "\""));
            if (a == Activation.SOFTMAX && i < depth - 1) {
                throw f.error(path, "softmax only in the output layer", "softmax in hidden layer " + (i + 1));
            }
            activations.add(a);
        }
        boolean bias = f.has(n, "bias") && f.bool(n.get("bias"), "structure.bias");
        String lossName = f.text(f.required(n, "loss", "structure"), "structure.loss");
        Loss loss = Loss.parse(lossName).orElseThrow(() -> f.error("structure.loss",
                "squared-error, binary-cross-entropy or cross-entropy", "\"" + lossName + "\""));
        Loss.Reduction reduction = loss.lectureReduction();
        if (f.has(n, "reduction")) {
            String r = f.text(n.get("reduction"), "structure.reduction");
            reduction = Loss.Reduction.parse(r).orElseThrow(() -> f.error("structure.reduction", "mean or sum", "\"" + r + "\""));
        }
        int samples = f.has(n, "samples") ? f.integer(n.get("samples"), "structure.samples", 1, 50) : 1;
        int steps = f.has(n, "steps") ? f.integer(n.get("steps"), "structure.steps", 0, 10) : 1;
        Grid rate = Grid.read(f.required(n, "learning_rate", "structure"), "structure.learning_rate", f);
        if (rate.first() <= 0) {
            throw f.error("structure.learning_rate", "positive numbers", rate.describe());
        }
        return new FamilyStructure.Network(layers, List.copyOf(activations), bias, loss, reduction, samples, steps, rate);
    }

    FamilyStructure.ChainRule chainRule(JsonNode n) {
        f.only(n, "structure", "functions");
        JsonNode fs = f.object(f.required(n, "functions", "structure"), "structure.functions");
        Map<String, String> functions = new LinkedHashMap<>();
        Map<String, List<String>> coefficients = new LinkedHashMap<>();
        List<String> exponents = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) fs::fields) {
            String path = "structure.functions." + e.getKey();
            if (Key.read(e.getKey()).filter(k -> k.kind() == Key.Kind.F && k.n() < 100).isEmpty()) {
                throw f.problem(path, "a function is named f_1, f_2, … (its keys are df_1/dx and df_1/dx|x0).");
            }
            String template = f.text(e.getValue(), path);
            try {
                coefficients.put(e.getKey(), List.copyOf(TemplateParser.coefficients(template, exponents)));
            } catch (IllegalArgumentException ex) {
                throw FamilyReader.wrap(f, path, ex);
            }
            functions.put(e.getKey(), template);
        }
        if (functions.isEmpty()) {
            throw f.error("structure.functions", "at least one function f_1", "none");
        }
        return new FamilyStructure.ChainRule(functions, coefficients, List.copyOf(exponents));
    }

    void checkNetworkGrids(FamilyStructure.Network s, Map<String, Grid> grids) {
        Set<String> used = new LinkedHashSet<>();
        for (String key : NetworkDraw.givenKeys(s)) {
            String name = NetworkDraw.gridName(key, grids);
            if (name == null) {
                throw f.problem("grids", "no grid for " + key + "; give " + String.join(" or ", NetworkDraw.gridNames(key))
                        + ".");
            }
            used.add(name);
            Grid g = grids.get(name);
            if (g.oneHot() && !name.equals("targets")) {
                throw f.problem("grids." + name, "one_hot is for the grid 'targets' only.");
            }
            if (key.startsWith("y_") && s.loss() != Loss.SQUARED_ERROR && (g.first() < 0 || g.values().get(g.size() - 1) > 1)) {
                throw f.error("grids." + name, "targets from 0 to 1 for " + s.loss().id(), g.describe());
            }
        }
        for (String name : grids.keySet()) {
            if (!used.contains(name)) {
                throw f.problem("grids." + name, "no drawn value of this network uses this grid; the grids are named "
                        + "weights, w[l], w[l]_n,m, biases, b[l], b[l]_m, inputs, x_n, targets, y_k.");
            }
        }
    }

    void checkChainRuleGrids(FamilyStructure.ChainRule s, Map<String, Grid> grids) {
        Set<String> used = new LinkedHashSet<>();
        s.coefficients().forEach((fn, names) -> {
            for (String c : names) {
                String own = FamilyStructure.ChainRule.coefficientKey(c, fn);
                String name = grids.containsKey(own) ? own : grids.containsKey(c) ? c : null;
                if (name == null) {
                    throw f.problem("grids", "no grid for the coefficient " + c + " of " + fn + "; give '" + c
                            + "' (every function) or '" + own + "' (" + fn + " only).");
                }
                used.add(name);
                if (s.exponents().contains(c)) {
                    for (double v : grids.get(name).values()) {
                        if (v != Math.rint(v) || Math.abs(v) > 10) {
                            throw f.error("grids." + name, "whole numbers from −10 to 10 (" + c + " is an exponent)",
                                    grids.get(name).describe());
                        }
                    }
                }
            }
        });
        if (!grids.containsKey(ChainRuleGraph.POINT)) {
            throw f.problem("grids", "no grid for x0, the point at which the derivatives are evaluated.");
        }
        used.add(ChainRuleGraph.POINT);
        for (String name : grids.keySet()) {
            if (!used.contains(name)) {
                throw f.problem("grids." + name, "no function uses this coefficient; the functions use "
                        + String.join(", ", new LinkedHashSet<>(s.coefficients().values().stream().flatMap(List::stream).toList()))
                        + " (and x0).");
            }
        }
    }
}
