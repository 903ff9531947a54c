package backpropgrader.exercise;

import backpropgrader.kernel.BadInputException;
import backpropgrader.kernel.BundledFiles;
import backpropgrader.engine.FixedInstance;

import backpropgrader.kernel.TreeFiles;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the lecture's worked examples or quizzes as shipped in {@code exercises/lecture/}: the fixed instance,
 * the precision the lecture works at, and every number the lecture prints, as printed.
 *
 * @param decimals the lecture's working precision (the places it writes intermediates with)
 * @param printed  key → the number exactly as the lecture prints it (its precision is part of it)
 */
public record LectureExercise(FixedInstance instance, int decimals, Map<String, String> printed, String source) {

    static final String FOLDER = "exercises/lecture";

    /** All lecture exercises bundled with the tool, in file-name order. */
    public static List<LectureExercise> bundled() {
        List<LectureExercise> out = new ArrayList<>();
        for (String name : BundledFiles.list(FOLDER)) {
            if (name.endsWith(".json") || TreeFiles.isYaml(name)) {
                out.add(load(FOLDER + "/" + name));
            }
        }
        return out;
    }

    static LectureExercise load(String path) {
        try (InputStream in = BundledFiles.open(path)) {
            return fromTree(TreeFiles.read(in, path), path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LectureExercise fromTree(JsonNode root, String source) {
        FixedInstance instance = FixedInstanceReader.fromTree(root, source);
        int decimals = root.path("decimals").asInt(3);
        Map<String, String> printed = new LinkedHashMap<>();
        JsonNode p = root.path("printed");
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) p::fields) {
            if (!e.getValue().isTextual()) {
                throw BadInputException.at(source, "$.printed[\"" + e.getKey() + "\"]",
                        "the number as a string, as printed", e.getValue().toString());
            }
            printed.put(e.getKey(), e.getValue().asText());
        }
        return new LectureExercise(instance, decimals, Collections.unmodifiableMap(printed), source);
    }

    public LectureExercise withPrinted(String key, String value) {
        Map<String, String> p = new LinkedHashMap<>(printed);
        p.put(key, value);
        return new LectureExercise(instance, decimals, Collections.unmodifiableMap(p), source);
    }
}
