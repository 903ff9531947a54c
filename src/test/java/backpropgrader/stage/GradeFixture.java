package backpropgrader.stage;

import backpropgrader.engine.Misconception;
import backpropgrader.grade.Grading;

import backpropgrader.cli.Main;
import backpropgrader.kernel.TreeFiles;
import backpropgrader.marking.Variant;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small course in a temporary folder (two families, so runs are quick), {@code ./grader} run in-process on it,
 * and answers written from each student's own re-derived variants.
 */
public final class GradeFixture {

    static final String COURSE = """
            title: "Grading test <course> & co"
            assignment: grade-test
            secret: "grading fixture secret"
            families: [example-1-single-sample, quiz-1.1-chain-rule]
            """;

    final Path dir;
    String out = "";
    String err = "";

    GradeFixture(Path dir) throws IOException {
        this(dir, "id,name,email\ns1,Ada Lovelace,ada@uni.example\ns2,Alan Turing,alan@uni.example\n"
                + "s3,Grace Hopper,grace@uni.example\n", "");
    }

    GradeFixture(Path dir, String roster, String moreCourse) throws IOException {
        this.dir = dir;
        Files.writeString(dir.resolve("course.yaml"), COURSE + moreCourse);
        Files.writeString(dir.resolve("roster.csv"), roster);
        Files.createDirectories(dir.resolve("subs"));
    }

    public int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    /** {@code grade DIR/subs --roster … --course … --out DIR/graded} plus {@code more}. */
    int grade(String... more) {
        List<String> args = new ArrayList<>(List.of("grade", path("subs"), "--roster", path("roster.csv"),
                "--course", path("course.yaml"), "--out", path("graded")));
        args.addAll(List.of(more));
        return run(args.toArray(new String[0]));
    }

    int generate() {
        return run("generate", "--roster", path("roster.csv"), "--course", path("course.yaml"), "--out",
                path("handout"));
    }

    String path(String relative) {
        return dir.resolve(relative).toString();
    }

    List<Variant> variants(String id) {
        GradeStage.Request r = new GradeStage.Request(dir.resolve("subs"), dir.resolve("roster.csv"),
                dir.resolve("course.yaml"), dir.resolve("graded"), true, null, null, Map.of(), GradeStage.Progress.NONE);
        return GradeStage.setup(r).variants(id);
    }

    /** The variant code on {@code id}'s sheet. */
    String code(String id) {
        GradeStage.Request r = new GradeStage.Request(dir.resolve("subs"), dir.resolve("roster.csv"),
                dir.resolve("course.yaml"), dir.resolve("graded"), true, null, null, Map.of(), GradeStage.Progress.NONE);
        GradeStage.Setup setup = GradeStage.setup(r);
        return setup.course().variantCode(setup.byId().get(id));
    }

    /** A saved answers file as the sheet's form writes it: the student field, the variant code, the answers. */
    String saved(String student, String code, Map<String, Map<String, String>> answers) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode)
                    TreeFiles.JSON.readTree(SyntheticFiles.json(student, answers));
            com.fasterxml.jackson.databind.node.ObjectNode out = TreeFiles.JSON.createObjectNode();
            out.put("student", student);
            out.put("variant", code);
            out.set("answers", root.get("answers"));
            return TreeFiles.JSON.writeValueAsString(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Exercise → key → answer as typed, for a student writing in {@code style}. */
    Map<String, Map<String, String>> answers(String id, SyntheticAnswers.Style style) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        variants(id).forEach(v -> out.put(v.exerciseId(), SyntheticAnswers.of(v, style, Misconception.SIGN_ERROR)));
        return out;
    }

    void submit(String fileName, String text) {
        try {
            Path p = dir.resolve("subs").resolve(fileName);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode results() {
        return TreeFiles.read(dir.resolve("graded/results.json"));
    }

    /** The results.json entry of one student. */
    JsonNode student(String id) {
        for (JsonNode s : results().get("students")) {
            if (s.get("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no " + id + " in results.json");
    }

    static JsonNode item(JsonNode student, String exercise, String key) {
        for (JsonNode i : student.get("items")) {
            if (i.get("exercise").asText().equals(exercise) && i.get("key").asText().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no item " + exercise + " " + key);
    }
}
