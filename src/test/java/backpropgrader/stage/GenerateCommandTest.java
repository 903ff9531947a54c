package backpropgrader.stage;

import backpropgrader.engine.FixedInstance;
import backpropgrader.exercise.FixedInstanceReader;
import backpropgrader.engine.NetworkGraph;
import backpropgrader.kernel.TreeFiles;
import backpropgrader.engine.Values;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenerateCommandTest {

    static final List<String> EXERCISES = List.of("example-1-single-sample", "example-2-batch-tanh", "quiz-1.1-chain-rule",
            "quiz-1.2-relu", "quiz-1.3-batch-sigmoid", "section-2-multi-class", "section-2-multi-label");

    @TempDir
    Path dir;
    GenerateFixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new GenerateFixture(dir);
    }

    @Test
    void eachStudentGetsASheetAndTwoBlankAnswerFilesAndNothingElse() throws IOException {
        assertEquals(0, fx.generate(), fx.err);
        assertTrue(fx.out.startsWith("Course: " + fx.dir.resolve("course.yaml") + "; assignment week9-2025; families"
                + " example-1-single-sample v1, example-2-batch-tanh v1, "), fx.out);
        assertTrue(fx.out.contains(".\nGenerated 2 students × 7 exercises in "), "the course comes first: " + fx.out);
        Set<String> students = new TreeSet<>(GenerateFixture.tree(fx.out("students")).keySet());
        assertEquals(Set.of("s1/sheet.html", "s1/answers-blank.json", "s1/answers-blank.txt", "s2/sheet.html",
                "s2/answers-blank.json", "s2/answers-blank.txt"), students);
        Set<String> keys = GenerateFixture.tree(fx.out("instructor/keys/s2")).keySet();
        assertEquals(new TreeSet<>(EXERCISES.stream().map(e -> e + ".json").toList()), new TreeSet<>(keys));
        assertTrue(Files.isRegularFile(fx.out("instructor/solutions/s1.html")));
        assertFalse(Files.list(fx.out("")).anyMatch(p -> p.getFileName().toString().startsWith(".staging")),
                "the staging folder is gone");
        String sheet = Files.readString(fx.out("students/s1/sheet.html"));
        assertFalse(sheet.contains("<Week 9>"), "the course title is escaped");
        assertTrue(sheet.contains("&lt;Week 9&gt;"), "the course title is shown");
    }

    @Test
    void theBlankTemplateIsTheSubmissionFormatWithEveryAskedKeyBlank() throws IOException {
        assertEquals(0, fx.generate(), fx.err);
        JsonNode answers = TreeFiles.read(fx.out("students/s1/answers-blank.json"));
        assertEquals("s1", answers.get("student").asText());
        List<String> exercises = new ArrayList<>();
        answers.get("answers").fieldNames().forEachRemaining(exercises::add);
        assertEquals(EXERCISES, exercises);
        for (String e : EXERCISES) {
            JsonNode key = TreeFiles.read(fx.out("instructor/keys/s1/" + e + ".json"));
            List<String> asked = new ArrayList<>();
            key.get("answers").fieldNames().forEachRemaining(asked::add);
            List<String> blank = new ArrayList<>();
            answers.get("answers").get(e).fields().forEachRemaining(f -> {
                assertEquals("", f.getValue().asText());
                blank.add(f.getKey());
            });
            assertEquals(asked, blank, e);
        }
        String text = Files.readString(fx.out("students/s1/answers-blank.txt"));
        String code = TreeFiles.read(fx.out("instructor/keys/s1/example-1-single-sample.json")).get("variant").asText();
        assertEquals(code, answers.get("variant").asText(), "the blank JSON carries the sheet's variant code");
        assertTrue(text.contains("\nstudent = s1\nvariant = " + code + "\n\n[example-1-single-sample]\nz[1]_1 = \n"
                + "z[1]_2 = \n"), text);
        assertTrue(Files.readString(fx.out("students/s1/sheet.html")).contains("Variant code <strong><code class=\"code\">"
                + code + "</code>"), "the sheet shows the code once, near its heading");
        assertTrue(text.contains("\n[quiz-1.1-chain-rule]\ndf_1/dx = \ndf_1/dx|x0 = \ndf_2/dx = \ndf_2/dx|x0 = \n"), text);
        assertTrue(text.startsWith("# Answers of s1 (Ada Lovelace) — EMS702P <Week 9> & friends, week9-2025\n"), text);
    }

    @Test
    void networkKeysAreFixedInstancesWhoseValuesTheEngineReproduces() {
        assertEquals(0, fx.generate(), fx.err);
        for (String e : EXERCISES) {
            Path file = fx.out("instructor/keys/s2/" + e + ".json");
            JsonNode key = TreeFiles.read(file);
            assertEquals(3, key.get("decimals").asInt());
            assertEquals("s2", key.get("student").asText());
            assertEquals("1", key.get("provenance").get("family_version").asText());
            assertTrue(key.get("provenance").get("seed").asText().startsWith("HMAC-SHA256(key = course secret"));
            if (e.startsWith("quiz-1.1")) {
                assertEquals("chain-rule", key.get("kind").asText());
                assertTrue(key.get("answers").get("df_1/dx").isTextual());
                continue;
            }
            FixedInstance in = FixedInstanceReader.read(file);
            Values v = NetworkGraph.build(in).evaluate();
            key.get("values").fields().forEachRemaining(f -> assertEquals(v.get(f.getKey()), f.getValue().asDouble(), 0,
                    e + " " + f.getKey()));
            key.get("answers").fields().forEachRemaining(f -> assertEquals(v.get(f.getKey()), f.getValue().asDouble(), 0));
            assertEquals(v.asMap().size(), key.get("values").size());
        }
    }

    @Test
    void theSecretNeverAppearsInAnyOutput() throws IOException {
        assertEquals(0, fx.generate(), fx.err);
        backpropgrader.exercise.CourseSecret s = new backpropgrader.exercise.CourseSecret(GenerateFixture.SECRET, "test");
        try (var walk = Files.walk(fx.out(""))) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                assertFalse(s.occursIn(Files.readAllBytes(p)), "the secret is in " + p);
            }
        }
        assertFalse(fx.out.contains(GenerateFixture.SECRET) || fx.err.contains(GenerateFixture.SECRET));
        // and the check itself finds a secret where there is one
        assertTrue(s.occursIn(("xx" + GenerateFixture.SECRET + "yy").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void onlyAddsOrRedoesTheNamedStudentsAndLeavesTheOthersAlone() throws IOException {
        assertEquals(0, fx.generate(), fx.err);
        Map<String, String> before = GenerateFixture.tree(fx.out(""));
        Path s1Sheet = fx.out("students/s1/sheet.html");
        long s1Time = Files.getLastModifiedTime(s1Sheet).toMillis();
        Files.writeString(fx.out("students/s2/sheet.html"), "edited by hand");
        fx.roster("id,name,email\ns1,Ada Lovelace,ada@uni.example\ns2,Alan Turing,alan@uni.example\ns3,Late,late@x\n");

        assertEquals(0, fx.generate("--only", "s3"), fx.err);
        assertTrue(fx.out.contains("\nGenerated 1 student × 7 exercises"), fx.out);
        assertTrue(Files.isRegularFile(fx.out("students/s3/sheet.html")));
        assertTrue(Files.isRegularFile(fx.out("instructor/keys/s3/quiz-1.2-relu.json")));
        assertEquals("edited by hand", Files.readString(fx.out("students/s2/sheet.html")), "s2 was not touched");
        assertEquals(s1Time, Files.getLastModifiedTime(s1Sheet).toMillis(), "s1 was not touched");

        assertEquals(0, fx.generate("--only", "s2"), fx.err);
        Map<String, String> after = GenerateFixture.tree(fx.out(""));
        before.forEach((k, v) -> assertEquals(v, after.get(k), k + " is as the full run made it"));
    }

    @Test
    void onlyWithAStudentNotOnTheRosterIsAUsageError() {
        assertEquals(64, fx.generate("--only", "nobody"));
        assertEquals("grader: --only nobody: this student is not on the roster " + dir.resolve("roster.csv")
                + "; add them to it first.\n", fx.err);
        assertFalse(Files.exists(fx.out("students")));
    }

    @Test
    void rostersFromSpreadsheetsAreRead() throws IOException {
        Files.write(dir.resolve("roster.csv"), ("\uFEFFID;Name;Email\r\ns-01;Müller, Jörg;j@x\r\ns-02;Ng;n@x\r\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(0, fx.generate(), fx.err);
        assertTrue(fx.out.contains("ids from column 'ID'"), fx.out);
        assertEquals(Set.of("s-01", "s-02"), new TreeSet<>(List.of(fx.out("students").toFile().list())));
        assertTrue(Files.readString(fx.out("students/s-01/answers-blank.txt")).contains("(Müller, Jörg)"));
    }

    @Test
    void badRostersAreRefusedWithTheLineAndNothingIsWritten() throws IOException {
        fx.roster("id,name\ns1,A\ns2,B\ns1,C\n");
        assertEquals(65, fx.generate());
        assertEquals("grader: " + dir.resolve("roster.csv") + ": line 4: the student id 's1' is already on line 2; ids in column 'id'"
                + " must be unique.\n", fx.err);
        fx.roster("id,name\ns1,A\n,B\n");
        assertEquals(65, fx.generate());
        assertTrue(fx.err.contains("line 3: expected a student id in column 'id', found an empty cell"), fx.err);
        fx.roster("id,name\n../../etc,A\n");
        assertEquals(65, fx.generate());
        assertTrue(fx.err.contains("the student id '../../etc' cannot name a folder"), fx.err);
        fx.roster("id,name\n");
        assertEquals(65, fx.generate());
        assertTrue(fx.err.contains("the roster has no students"), fx.err);
        assertFalse(Files.exists(fx.out("")));
    }

    @Test
    void aMissingSecretSaysWhatToDoAndWritesNothing() throws IOException {
        Files.writeString(dir.resolve("course.yaml"), "secret_env: BACKPROP_GRADER_TEST_UNSET_VARIABLE\n");
        assertEquals(65, fx.generate());
        assertTrue(fx.err.startsWith("grader: No course secret: the environment variable"
                + " BACKPROP_GRADER_TEST_UNSET_VARIABLE is not set and "), fx.err);
        assertFalse(Files.exists(fx.out("")));
    }

    @Test
    void anImpossibleFamilyStopsTheRunBeforeAnythingIsInPlace() throws IOException {
        Files.writeString(dir.resolve("never.yaml"), """
                id: never
                version: 1
                kind: network
                structure: {layers: [1, 1, 1], activations: [relu, identity], loss: squared-error, learning_rate: 0.1}
                grids:
                  w[1]: -1
                  w[2]: 1
                  inputs: 1
                  targets: 1
                constraints: {relu_active: all, max_draws: 20}
                asked: [J]
                """);
        Files.writeString(dir.resolve("course.yaml"), "secret_file: secret.txt\nfamilies: [quiz-1.2-relu, never.yaml]\n");
        assertEquals(65, fx.generate());
        assertTrue(fx.err.contains("never.yaml: constraints: no variant for student s1 met the constraints after 20"
                + " draws; they failed relu_active (20 of 20 draws)."), fx.err);
        assertEquals(List.of(), List.of(fx.out("").toFile().list()), "nothing half-written");
    }

    @Test
    void pathsThatDoNotExistAreUsageErrors() {
        assertEquals(64, fx.run("generate", "--roster", dir.resolve("nope.csv").toString(), "--out", dir.toString()));
        assertEquals("grader: " + dir.resolve("nope.csv") + ": no such file (--roster).\n", fx.err);
    }
}
