package backpropgrader.exercise;

import backpropgrader.kernel.BadInputException;
import backpropgrader.kernel.BundledFiles;
import backpropgrader.kernel.TreeFiles;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and validates an exercise family (YAML or JSON; README "Exercise families"). Every problem names the
 * file and the field ({@code structure.layers[1]}, {@code asked[3].key}, …) with what was expected and found;
 * unknown fields are errors, so a misspelt constraint is never silently ignored.
 */
public final class FamilyReader {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private FamilyReader() {
    }

    public static Family read(Path file) {
        return fromTree(TreeFiles.read(file), file.toString());
    }

    /** A family bundled in the jar, by its path inside it ("exercises/bp-single-sigmoid.yaml"). */
    public static Family bundled(String path) {
        try (InputStream in = BundledFiles.open(path)) {
            return fromTree(TreeFiles.read(in, path), path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Family fromTree(JsonNode root, String source) {
        Fields f = new Fields(source);
        f.object(root, "");
        f.only(root, "", "id", "version", "title", "source", "kind", "structure", "grids", "constraints", "asked",
                "marking");
        String id = f.text(f.required(root, "id", ""), "id");
        if (!ID.matcher(id).matches()) {
            throw f.error("id", "lower-case letters, digits, '.', '_' and '-' (it names files)", "\"" + id + "\"");
        }
        String version = f.text(f.required(root, "version", ""), "version");
        String title = f.has(root, "title") ? f.text(root.get("title"), "title") : id;
        String lectureSource = f.has(root, "source") ? f.text(root.get("source"), "source") : "";
        String kind = f.text(f.required(root, "kind", ""), "kind");
        JsonNode structureNode = f.object(f.required(root, "structure", ""), "structure");
        JsonNode gridsNode = f.object(f.required(root, "grids", ""), "grids");
        Map<String, Grid> grids = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) gridsNode::fields) {
            grids.put(e.getKey(), Grid.read(e.getValue(), "grids." + e.getKey(), f));
        }
        StructureReader structures = new StructureReader(f);
        FamilyStructure structure;
        List<String> universe;
        switch (kind) {
            case "network" -> {
                FamilyStructure.Network n = structures.network(structureNode);
                structures.checkNetworkGrids(n, grids);
                structure = n;
                universe = Probe.networkKeys(id, n, grids);
            }
            case "chain-rule" -> {
                FamilyStructure.ChainRule c = structures.chainRule(structureNode);
                structures.checkChainRuleGrids(c, grids);
                structure = c;
                universe = Probe.chainRuleKeys(c);
            }
            default -> throw f.error("kind", "network or chain-rule", "\"" + kind + "\"");
        }
        List<AskedItem> asked = asked(f.required(root, "asked", ""), universe, structure, f);
        Constraints constraints = new ConstraintsReader(f).read(root.get("constraints"), structure, asked);
        MarkingOverride marking = marking(root.get("marking"), f);
        return new Family(id, version, title, lectureSource, structure, grids, constraints, asked, marking, source);
    }

    /**
     * Expands the asked patterns into keys in the lecture's order (the order the graph computes them); a key
     * matched by several patterns takes the first one's points; a pattern that matches nothing is an error.
     */
    private static List<AskedItem> asked(JsonNode node, List<String> universe, FamilyStructure s, Fields f) {
        f.array(node, "asked");
        if (node.isEmpty()) {
            throw f.error("asked", "at least one asked key", "an empty list");
        }
        Map<String, AskedItem> out = new LinkedHashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "asked[" + i + "]";
            JsonNode item = node.get(i);
            String pattern;
            double points = Double.NaN;
            if (item.isTextual()) {
                pattern = f.text(item, path);
            } else {
                f.object(item, path);
                f.only(item, path, "key", "points");
                pattern = f.text(f.required(item, "key", path), path + ".key");
                if (f.has(item, "points")) {
                    points = f.number(item.get("points"), path + ".points", 0, 1000);
                }
            }
            List<String> matched = AskedPatterns.expand(pattern, universe);
            if (matched.isEmpty()) {
                throw f.problem(path + ".key", "the pattern \"" + pattern + "\" matches no computed quantity of this "
                        + "family; its keys include " + String.join(", ", universe.subList(0, Math.min(8, universe.size())))
                        + (universe.size() > 8 ? ", …" : "") + ".");
            }
            for (String key : matched) {
                boolean symbolic = s instanceof FamilyStructure.ChainRule && !key.contains("|");
                out.putIfAbsent(key, new AskedItem(key, points, symbolic));
            }
        }
        List<AskedItem> ordered = new ArrayList<>(out.values());
        ordered.sort(java.util.Comparator.comparingInt(a -> universe.indexOf(a.key()))); // the lecture's order
        return List.copyOf(ordered);
    }

    private static MarkingOverride marking(JsonNode node, Fields f) {
        if (node == null || node.isNull()) {
            return MarkingOverride.NONE;
        }
        f.object(node, "marking");
        f.only(node, "marking", "decimals", "absolute", "relative", "follow_through_credit");
        return new MarkingOverride(
                f.has(node, "decimals") ? f.integer(node.get("decimals"), "marking.decimals", 0, 10) : null,
                f.has(node, "absolute") ? f.number(node.get("absolute"), "marking.absolute", 0, 1e6) : null,
                f.has(node, "relative") ? f.number(node.get("relative"), "marking.relative", 0, 1) : null,
                f.has(node, "follow_through_credit")
                        ? f.number(node.get("follow_through_credit"), "marking.follow_through_credit", 0, 1) : null);
    }

    static BadInputException wrap(Fields f, String path, IllegalArgumentException e) {
        return f.problem(path, e.getMessage() + ".");
    }
}
