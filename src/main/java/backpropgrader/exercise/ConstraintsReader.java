package backpropgrader.exercise;

import backpropgrader.engine.Activation;
import backpropgrader.engine.Key;
import backpropgrader.engine.Misconception;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads a family's {@code constraints} (every field optional, defaults in the README) and checks their keys. */
final class ConstraintsReader {

    static final double DEFAULT_MAX_ABS_Z = 4;
    static final double DEFAULT_RELU_MARGIN = 0.1;
    static final int DEFAULT_MAX_DRAWS = 1000;

    private final Fields f;

    ConstraintsReader(Fields f) {
        this.f = f;
    }

    Constraints read(JsonNode node, FamilyStructure s, List<AskedItem> asked) {
        JsonNode n = node == null || node.isNull() ? JsonNodeFactory.instance.objectNode() : f.object(node, "constraints");
        List<String> askedKeys = asked.stream().map(AskedItem::key).toList();
        boolean network = s instanceof FamilyStructure.Network;
        if (network) {
            f.only(n, "constraints", "max_abs_z", "relu_active", "relu_inactive", "relu_margin", "cost_decreases",
                    "distinguishable", "allow_zero", "misconceptions_separate", "ignore_misconceptions",
                    "max_abs_answer", "distinct_samples", "distinct_inputs", "max_draws");
        } else {
            f.only(n, "constraints", "distinguishable", "allow_zero", "max_abs_answer", "max_draws");
        }
        double maxAbsZ = f.has(n, "max_abs_z") ? f.number(n.get("max_abs_z"), "constraints.max_abs_z", 0.001, 1e6)
                : DEFAULT_MAX_ABS_Z;
        boolean allActive = false;
        Set<String> active = Set.of();
        if (f.has(n, "relu_active") && n.get("relu_active").isTextual() && n.get("relu_active").asText().equals("all")) {
            allActive = true;
            reluKeys(List.of(), (FamilyStructure.Network) s, "constraints.relu_active");
        } else if (f.has(n, "relu_active")) {
            active = reluKeys(f.texts(n.get("relu_active"), "constraints.relu_active"), (FamilyStructure.Network) s,
                    "constraints.relu_active");
        }
        Set<String> inactive = f.has(n, "relu_inactive") ? reluKeys(f.texts(n.get("relu_inactive"),
                "constraints.relu_inactive"), (FamilyStructure.Network) s, "constraints.relu_inactive") : Set.of();
        double margin = f.has(n, "relu_margin") ? f.number(n.get("relu_margin"), "constraints.relu_margin", 0, 100)
                : DEFAULT_RELU_MARGIN;
        boolean updateAsked = askedKeys.stream().anyMatch(k -> Key.read(k).map(x -> x.isNew() || x.iteration() > 1)
                .orElse(false));
        boolean costDecreases = f.has(n, "cost_decreases") ? f.bool(n.get("cost_decreases"), "constraints.cost_decreases")
                : network && updateAsked;
        Set<String> allowZero = new LinkedHashSet<>();
        if (f.has(n, "allow_zero")) {
            List<String> patterns = f.texts(n.get("allow_zero"), "constraints.allow_zero");
            for (int i = 0; i < patterns.size(); i++) {
                List<String> keys = AskedPatterns.expand(patterns.get(i), askedKeys);
                if (keys.isEmpty()) {
                    throw f.problem("constraints.allow_zero[" + i + "]", "\"" + patterns.get(i) + "\" is not an asked key.");
                }
                allowZero.addAll(keys);
            }
        }
        Set<Misconception> ignored = new LinkedHashSet<>();
        if (f.has(n, "ignore_misconceptions")) {
            for (String name : f.texts(n.get("ignore_misconceptions"), "constraints.ignore_misconceptions")) {
                ignored.add(Misconception.byId(name).orElseThrow(() -> f.error("constraints.ignore_misconceptions",
                        "names from the catalogue (" + Misconception.names() + ")", "\"" + name + "\"")));
            }
        }
        return new Constraints(maxAbsZ, active, allActive, inactive, margin, costDecreases,
                bool(n, "distinguishable", true), Set.copyOf(allowZero), bool(n, "misconceptions_separate", true),
                Set.copyOf(ignored),
                f.has(n, "max_abs_answer") ? f.number(n.get("max_abs_answer"), "constraints.max_abs_answer", 0, 1e12)
                        : Double.POSITIVE_INFINITY,
                bool(n, "distinct_samples", true), bool(n, "distinct_inputs", true),
                f.has(n, "max_draws") ? f.integer(n.get("max_draws"), "constraints.max_draws", 1, 1_000_000)
                        : DEFAULT_MAX_DRAWS);
    }

    private boolean bool(JsonNode n, String field, boolean otherwise) {
        return f.has(n, field) ? f.bool(n.get(field), "constraints." + field) : otherwise;
    }

    /** ReLU node keys (h[l]_m, or yhat_m for a ReLU output layer) that exist in the network. */
    private Set<String> reluKeys(List<String> keys, FamilyStructure.Network s, String path) {
        if (!s.activations().contains(Activation.RELU)) {
            throw f.problem(path, "the network has no ReLU layer.");
        }
        Set<String> out = new LinkedHashSet<>();
        for (String key : keys) {
            int l = NetworkChecks.reluLayer(key, s);
            if (l < 0) {
                throw f.error(path, "keys of ReLU nodes such as h[1]_1 (layers "
                        + NetworkChecks.reluLayers(s) + " are ReLU), or all", "\"" + key + "\"");
            }
            out.add(key);
        }
        return Set.copyOf(out);
    }
}
