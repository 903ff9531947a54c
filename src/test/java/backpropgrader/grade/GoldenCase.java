package backpropgrader.grade;

import backpropgrader.engine.ChainRuleGraph;
import backpropgrader.engine.Expr;
import backpropgrader.engine.FixedInstance;
import backpropgrader.engine.OneVariableFunction;
import backpropgrader.engine.QuantityGraph;
import backpropgrader.exercise.TemplateParser;
import backpropgrader.exercise.FixedInstanceReader;
import backpropgrader.engine.NetworkGraph;
import backpropgrader.kernel.TreeFiles;
import backpropgrader.marking.Asked;
import backpropgrader.exercise.LectureExercise;
import backpropgrader.marking.Marking;
import backpropgrader.exercise.Student;
import backpropgrader.marking.Variant;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One golden case folder under {@code src/test/resources/grade/<case>/}: {@code key.json} (the roster and, per
 * exercise, a lecture fixed instance, what is asked, the marking, per-student weights, optionally more gradient
 * steps than the lecture's — or a chain-rule quiz's
 * functions and point), {@code submissions/} and {@code expected.txt} (see {@link Expectation}).
 */
record GoldenCase(String name, Path folder, List<Student> roster, Map<String, List<Variant>> variants,
                  List<Expectation> expected) {

    static GoldenCase load(Path folder) throws IOException {
        Path keyFile = folder.resolve("key.json");
        JsonNode key = TreeFiles.read(keyFile);
        List<Student> roster = new ArrayList<>();
        for (JsonNode s : key.path("roster")) {
            roster.add(s.isTextual() ? new Student(s.asText(), "Student " + s.asText(), "")
                    : new Student(s.path("id").asText(), s.path("name").asText(), ""));
        }
        Map<String, List<Variant>> variants = new LinkedHashMap<>();
        for (Student s : roster) {
            List<Variant> mine = new ArrayList<>();
            for (JsonNode ex : key.path("exercises")) {
                mine.add(variant(ex, s.id(), keyFile));
            }
            variants.put(s.id(), mine);
        }
        return new GoldenCase(folder.getFileName().toString(), folder, roster, variants,
                Expectation.read(folder.resolve("expected.txt")));
    }

    private static Variant variant(JsonNode ex, String student, Path keyFile) {
        if (ex.has("functions")) {
            return chainRule(ex, student);
        }
        String instanceName = ex.path("instance").asText();
        FixedInstance fi = FixedInstanceReader.read(Path.of("exercises/lecture", instanceName + ".json"));
        JsonNode w = ex.path("weights").path(student);
        if (!w.isMissingNode()) {
            double[][][] weights = TreeFiles.JSON.convertValue(w, double[][][].class);
            fi = fi.withWeights(weights, fi.biases());
        }
        String id = ex.path("id").asText(fi.id());
        fi = new FixedInstance(id, fi.title(), fi.layers(), fi.activations(), fi.bias(), fi.loss(), fi.reduction(),
                fi.learningRate(), ex.path("steps").asInt(fi.steps()), fi.weights(), fi.biases(), fi.x(), fi.y());
        List<Asked> asked = new ArrayList<>();
        for (String k : askedKeys(ex, instanceName, keyFile)) {
            asked.add(Asked.number(k, ex.path("points").path(k).asDouble(1)));
        }
        for (Map.Entry<String, JsonNode> s : ex.path("symbolic").properties()) {
            asked.add(new Asked(s.getKey(), 1, true, s.getValue().asText()));
        }
        Marking m = new Marking(ex.path("decimals").asInt(3), ex.path("absolute").asDouble(0),
                ex.path("relative").asDouble(0), ex.path("followThroughCredit").asDouble(1));
        return new Variant(student, id, "family-" + instanceName, "1", fi.title(), fi, NetworkGraph.build(fi), asked,
                m, ex.path("sameForEveryone").asBoolean(false));
    }

    /**
     * A chain-rule exercise (Quiz 1.1): {@code functions} (f_n → the function of x with its numbers, as a family
     * writes a template), {@code x0}, and {@code asked}: each function's derivative as an expression in x and its
     * value at x0, or only those keys listed.
     */
    private static Variant chainRule(JsonNode ex, String student) {
        Map<String, Expr> templates = new LinkedHashMap<>();
        List<OneVariableFunction> functions = new ArrayList<>();
        for (Map.Entry<String, JsonNode> f : ex.path("functions").properties()) {
            Expr template = TemplateParser.parse(f.getValue().asText(), c -> {
                throw new IllegalArgumentException("a golden case writes its functions with numbers: " + c);
            }, c -> 1);
            templates.put(f.getKey(), template);
            functions.add(ChainRuleGraph.function(f.getKey(), template, Map.of()));
        }
        String id = ex.path("id").asText();
        QuantityGraph g = ChainRuleGraph.build(id, Map.of(), ex.path("x0").asDouble(), templates);
        List<Asked> asked = new ArrayList<>();
        for (OneVariableFunction f : functions) {
            asked.add(new Asked(f.derivativeKey(), 2, true, f.derivativeText()));
            asked.add(Asked.number(f.valueKey(), 1));
        }
        Marking m = new Marking(ex.path("decimals").asInt(3), 0, 0, ex.path("followThroughCredit").asDouble(1));
        return new Variant(student, id, "family-" + id, "1", id, null, g, asked, m, false, functions);
    }

    /** The asked keys: a list, or "printed" for every number the lecture prints for that example. */
    private static List<String> askedKeys(JsonNode ex, String instanceName, Path keyFile) {
        JsonNode a = ex.path("asked");
        if (a.isTextual() && a.asText().equals("printed")) {
            return List.copyOf(printed(instanceName).keySet());
        }
        List<String> keys = new ArrayList<>();
        a.forEach(k -> keys.add(k.asText()));
        if (keys.isEmpty() && ex.path("symbolic").isMissingNode()) {
            throw new IllegalArgumentException(keyFile + ": an exercise asks for nothing");
        }
        return keys;
    }

    /** The lecture's printed numbers for a bundled lecture exercise, as printed. */
    static Map<String, String> printed(String instanceName) {
        String id = "lecture-" + instanceName;
        return LectureExercise.bundled().stream().filter(e -> e.instance().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no lecture exercise " + id)).printed();
    }

    static List<Path> all() throws IOException {
        try (var s = Files.list(Path.of("src/test/resources/grade"))) {
            return s.filter(Files::isDirectory).filter(p -> Files.exists(p.resolve("key.json"))).sorted().toList();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
