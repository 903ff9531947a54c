package backpropgrader.lms;

import backpropgrader.kernel.BadInputException;
import backpropgrader.kernel.TreeFiles;
import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A marked folder's {@code results.json} (DESIGN.md §5 "Results", as {@code grade} writes it) as far as an export
 * needs it. Read as a tree, so fields it does not know are ignored; the fields it uses are checked, and a message
 * names the file, the JSON path, what was expected and what was found.
 *
 * @param title the top-level {@code title}, else {@code assignment}, else null
 */
public record MarkedResults(Path source, String title, List<Result> students) {

    public static final String GRADED = "graded";
    static final Set<String> STATUSES = Set.of(GRADED, "unreadable", "not-submitted", "unknown-student");

    /**
     * One entry of {@code students[]}.
     *
     * @param name  "" when absent
     * @param email "" when absent
     * @param score null when nothing was marked
     * @param max   null when unknown
     * @param flags instructor-only ({@code collusion:<id>}): never written into anything a student sees
     * @param lms   the LMS identities carried from the download, keyed as in {@link LmsIds}; a nested object is
     *              flattened with "." ({@code {"moodle": {"participant": 101}}} is {@code moodle.participant})
     * @param late  {@code late} is true, or an object or text describing the lateness
     */
    public record Result(String id, String name, String email, String status, Double score, Double max,
                         List<String> flags, Map<String, String> lms, boolean late) {

        public Result {
            flags = List.copyOf(flags);
            lms = Map.copyOf(lms);
        }

        public boolean graded() {
            return status.equals(GRADED);
        }
    }

    public MarkedResults {
        students = List.copyOf(students);
    }

    public static MarkedResults read(Path file) {
        JsonNode root = TreeFiles.read(file);
        String src = file.toString();
        if (!root.isObject()) {
            throw BadInputException.at(src, "$", "an object with a \"students\" array", found(root));
        }
        JsonNode list = root.path("students");
        if (!list.isArray()) {
            throw BadInputException.at(src, "$.students", "an array of students", found(list));
        }
        List<Result> students = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "$.students[" + i + "]";
            Result r = student(src, at, list.get(i));
            Integer before = seen.put(r.id(), i);
            if (before != null) {
                throw new BadInputException(src + ": " + at + ".id: the id '" + r.id() + "' is already at $.students["
                        + before + "]; expected each student once.");
            }
            students.add(r);
        }
        String title = text(src, "$.title", root.path("title"));
        if (title.isEmpty()) {
            title = text(src, "$.assignment", root.path("assignment"));
        }
        return new MarkedResults(file, title.isEmpty() ? null : title, students);
    }

    private static Result student(String src, String at, JsonNode s) {
        if (!s.isObject()) {
            throw BadInputException.at(src, at, "an object", found(s));
        }
        JsonNode idNode = s.path("id");
        String id = idNode.isTextual() || idNode.isIntegralNumber() ? idNode.asText().trim() : "";
        if (id.isEmpty()) {
            throw BadInputException.at(src, at + ".id", "a non-empty string", found(idNode));
        }
        String status = s.path("status").isTextual() ? s.path("status").asText() : "";
        if (!STATUSES.contains(status)) {
            throw BadInputException.at(src, at + ".status", "one of graded, unreadable, not-submitted,"
                    + " unknown-student", found(s.path("status")));
        }
        Double score = number(src, at + ".score", s.path("score"), status.equals(GRADED));
        Double max = number(src, at + ".max", s.path("max"), status.equals(GRADED));
        List<String> flags = new ArrayList<>();
        JsonNode f = s.path("flags");
        if (!f.isMissingNode() && !f.isNull() && !f.isArray()) {
            throw BadInputException.at(src, at + ".flags", "an array of strings", found(f));
        }
        for (int i = 0; i < f.size(); i++) {
            flags.add(text(src, at + ".flags[" + i + "]", f.get(i)));
        }
        Map<String, String> lms = new TreeMap<>();
        JsonNode ids = s.path("lms");
        if (!ids.isMissingNode() && !ids.isNull() && !ids.isObject()) {
            throw BadInputException.at(src, at + ".lms", "an object of LMS identities", found(ids));
        }
        flatten(src, at + ".lms", "", ids, lms);
        return new Result(id, text(src, at + ".name", s.path("name")), text(src, at + ".email", s.path("email")),
                status, score, max, flags, lms, late(s.path("late")));
    }

    private static Double number(String src, String at, JsonNode n, boolean required) {
        if ((n.isMissingNode() || n.isNull()) && !required) {
            return null;
        }
        if (!n.isNumber() || !Double.isFinite(n.asDouble()) || n.asDouble() < 0) {
            throw BadInputException.at(src, at, required ? "a number ≥ 0 (the student is graded)"
                    : "a number ≥ 0 or null", found(n));
        }
        return n.asDouble();
    }

    private static void flatten(String src, String at, String prefix, JsonNode node, Map<String, String> into) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String key = prefix + e.getKey();
            if (v.isObject()) {
                flatten(src, at + "." + e.getKey(), key + ".", v, into);
            } else if (v.isValueNode() && !v.isNull() && !v.asText().isBlank()) {
                into.put(key, v.asText().trim());
            } else if (!v.isNull() && !v.isValueNode()) {
                throw BadInputException.at(src, at + "." + e.getKey(), "a string or a number", found(v));
            }
        }
    }

    private static boolean late(JsonNode n) {
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        return n.isObject() || n.isTextual() && !n.asText().isBlank() || n.isNumber() && n.asDouble() > 0;
    }

    private static String text(String src, String at, JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return "";
        }
        if (!n.isTextual()) {
            throw BadInputException.at(src, at, "a string", found(n));
        }
        return n.asText().trim();
    }

    /** What was found, as the JSON it is (shortened), or "nothing" when the field is absent. */
    static String found(JsonNode n) {
        if (n.isMissingNode()) {
            return "nothing";
        }
        String s = n.toString();
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }
}
